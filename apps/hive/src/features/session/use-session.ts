// Who is signed in to the hive portal, and signing in and out, with plain client calls. The last confirmed
// account is remembered on the phone, so the app opens signed in without a network (the session cookie lasts
// 90 days); the server still decides every call, and a refusal for lack of a session shows the sign-in screen.
import { useCallback, useEffect, useState } from 'react';
import type { CurrentUser, SignInInput } from '@kruosar/domain';
import { describeError } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { forget, recall, remember, rememberedKeys } from '../../lib/remembered';

export type Session = { status: 'signedOut' } | { status: 'signedIn'; user: CurrentUser };

const userKey = rememberedKeys.user;

/** Signed out or refused: the phone forgets the account and what it kept for it. */
function forgetUser() {
  forget(rememberedKeys.user);
  forget(rememberedKeys.villages);
}

export function useSession() {
  // Never a blank "loading" screen on a slow network: a remembered account shows the app at once, anyone else
  // the sign-in form at once; auth.me confirms (or corrects) either in the background. Without a network the
  // remembered account stays: the app works offline.
  const [session, setSession] = useState<Session>(() => {
    const user = recall<CurrentUser>(userKey);
    return user ? { status: 'signedIn', user } : { status: 'signedOut' };
  });
  const [signIn, setSignIn] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    let current = true;
    hiveClient.auth.me.query().then(
      (user) => {
        if (!current) return;
        if (user) remember(userKey, user);
        else forgetUser();
        setSession(user ? { status: 'signedIn', user } : { status: 'signedOut' });
      },
      () => undefined, // no answer: keep what the phone knows; calls that need the server say so themselves
    );
    return () => {
      current = false;
    };
  }, []);

  const submitSignIn = useCallback((input: SignInInput) => {
    setSignIn({ pending: true, error: null });
    hiveClient.auth.signIn.mutate(input).then(
      (user) => {
        remember(userKey, user);
        setSignIn({ pending: false, error: null });
        setSession({ status: 'signedIn', user });
      },
      (error: unknown) => setSignIn({ pending: false, error }),
    );
  }, []);

  const signOut = useCallback(() => {
    setSigningOut(true);
    forgetUser();
    // Leave the signed-in screen even if the server cannot be told: the person asked to leave.
    void hiveClient.auth.signOut.mutate().catch(() => undefined).finally(() => {
      setSigningOut(false);
      setSession({ status: 'signedOut' });
    });
  }, []);

  /** A call was refused for lack of a session (it expired): show the sign-in screen. */
  const noticeError = useCallback((error: unknown) => {
    if (describeError(error).code !== 'UNAUTHORIZED') return;
    forgetUser();
    setSession({ status: 'signedOut' });
  }, []);

  return { session, signIn, submitSignIn, signOut, signingOut, noticeError };
}
