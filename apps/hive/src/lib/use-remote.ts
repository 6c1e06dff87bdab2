// A small "load this and tell me how it went" hook: loading, ready or failed, and reload.
import { useCallback, useEffect, useState } from 'react';

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/** `initial` (e.g. what the phone kept from the last visit) shows at once while the server is asked again. */
export function useRemote<T>(load: () => Promise<T>, initial?: T): Remote<T> & { reload: () => void } {
  const [state, setState] = useState<Remote<T>>(initial === undefined ? { status: 'loading' } : { status: 'ready', data: initial });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true; // ignore an answer that arrives after a newer request or after leaving
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      // A failed refresh keeps what is on screen rather than replacing it with an error.
      (error: unknown) => current && setState((s) => (s.status === 'ready' && initial !== undefined ? s : { status: 'error', error })),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; only an explicit reload asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  const reload = useCallback(() => {
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    setVersion((v) => v + 1);
  }, []);

  return { ...state, reload };
}
