// Who is signed in to the hive portal, and signing in and out, with plain client calls.
import { useCallback, useEffect, useState } from 'react';
import type { CurrentUser, SignInInput } from '@kruosar/domain';
import { describeError } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';

export type Session =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'signedOut' }
  | { status: 'signedIn'; user: CurrentUser };

export function useSession() {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [signIn, setSignIn] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    let current = true;
    hiveClient.auth.me.query().then(
      (user) => current && setSession(user ? { status: 'signedIn', user } : { status: 'signedOut' }),
      (error: unknown) => current && setSession({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setSession({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const submitSignIn = useCallback((input: SignInInput) => {
    setSignIn({ pending: true, error: null });
    hiveClient.auth.signIn.mutate(input).then(
      (user) => {
        setSignIn({ pending: false, error: null });
        setSession({ status: 'signedIn', user });
      },
      (error: unknown) => setSignIn({ pending: false, error }),
    );
  }, []);

  const signOut = useCallback(() => {
    setSigningOut(true);
    // Leave the signed-in screen even if the server cannot be told: the person asked to leave.
    void hiveClient.auth.signOut.mutate().catch(() => undefined).finally(() => {
      setSigningOut(false);
      setSession({ status: 'signedOut' });
    });
  }, []);

  /** A call was refused for lack of a session (it expired): show the sign-in screen. */
  const noticeError = useCallback((error: unknown) => {
    if (describeError(error).code === 'UNAUTHORIZED') setSession({ status: 'signedOut' });
  }, []);

  return { session, retry, signIn, submitSignIn, signOut, signingOut, noticeError };
}
