// A list the server gives that the phone also keeps (with the time it came), so it still shows, dated, offline.
import { useCallback, useEffect, useState } from 'react';
import { keep, keptCopy } from './remembered';

export type KeptRemote<T> = {
  /** The newest copy: the server's answer, or the one the phone kept from an earlier visit. */
  copy: { data: T; keptAt: string; fresh: boolean } | null;
  /** Why the last refresh failed, if it did (the kept copy, if any, stays on screen). */
  error: unknown;
  refreshing: boolean;
  reload: () => void;
};

export function useKeptRemote<T>(key: string, ownerId: string, load: () => Promise<T>): KeptRemote<T> {
  const [copy, setCopy] = useState<KeptRemote<T>['copy']>(() => {
    const kept = keptCopy<T>(key, ownerId);
    return kept ? { data: kept.data, keptAt: kept.keptAt, fresh: false } : null;
  });
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(true);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true; // ignore an answer that arrives after a newer request or after leaving
    load().then(
      (data) => {
        if (!current) return;
        keep(key, ownerId, data);
        setCopy({ data, keptAt: new Date().toISOString(), fresh: true });
        setError(null);
        setRefreshing(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setRefreshing(false);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; only an explicit reload asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, key, ownerId]);

  const reload = useCallback(() => {
    setRefreshing(true);
    setVersion((v) => v + 1);
  }, []);
  return { copy, error, refreshing, reload };
}
