// Who is signed in to the hive portal, and signing in and out, with plain client calls. The last confirmed
// account is remembered on the phone, so the app opens signed in without a network (the session cookie lasts
// 90 days); the server still decides every call, and a refusal for lack of a session shows the sign-in screen.
// Signing out works without a network: the phone forgets the account at once and tells the server when it can;
// until then the app never trusts the old cookie (auth.me would answer the previous volunteer).
import { useCallback, useEffect, useState } from 'react';
import type { CurrentUser, SignInInput } from '@kruosar/domain';
import { describeError } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { accountKeys, forget, recall, remember, rememberedKeys } from '../../lib/remembered';

export type Session = { status: 'signedOut' } | { status: 'signedIn'; user: CurrentUser };

const userKey = rememberedKeys.user;
const pendingKey = rememberedKeys.signOutPending;

/** Signed out or refused: the phone forgets the account and everything it kept for it. */
function forgetAccount() {
  accountKeys.forEach(forget);
}

const signOutIsPending = () => recall<boolean>(pendingKey) === true;

/** Ends the session on the server; the pending mark goes only once the server has answered. */
function tellServerSignedOut(): Promise<void> {
  return hiveClient.auth.signOut.mutate().then(() => forget(pendingKey));
}

export function useSession() {
  // Never a blank "loading" screen on a slow network: a remembered account shows the app at once, anyone else
  // the sign-in form at once; auth.me confirms (or corrects) either in the background. Without a network the
  // remembered account stays: the app works offline.
  const [session, setSession] = useState<Session>(() => {
    const user = signOutIsPending() ? null : recall<CurrentUser>(userKey);
    return user ? { status: 'signedIn', user } : { status: 'signedOut' };
  });
  const [signIn, setSignIn] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });

  useEffect(() => {
    let current = true;
    const finishSignOut = () => {
      if (signOutIsPending()) void tellServerSignedOut().catch(() => undefined); // next time the network returns
    };
    if (signOutIsPending()) finishSignOut();
    else
      hiveClient.auth.me.query().then(
        (user) => {
          if (!current || signOutIsPending()) return;
          if (user) remember(userKey, user);
          else forgetAccount();
          setSession(user ? { status: 'signedIn', user } : { status: 'signedOut' });
        },
        () => undefined, // no answer: keep what the phone knows; calls that need the server say so themselves
      );
    window.addEventListener('online', finishSignOut);
    return () => {
      current = false;
      window.removeEventListener('online', finishSignOut);
    };
  }, []);

  const submitSignIn = useCallback((input: SignInInput) => {
    setSignIn({ pending: true, error: null });
    // An earlier sign-out the server never heard of ends first, so the old session cannot outlive the new one.
    const before = signOutIsPending() ? tellServerSignedOut().catch(() => undefined) : Promise.resolve();
    void before
      .then(() => hiveClient.auth.signIn.mutate(input))
      .then(
        (user) => {
          remember(userKey, user);
          setSignIn({ pending: false, error: null });
          setSession({ status: 'signedIn', user });
        },
        (error: unknown) => setSignIn({ pending: false, error }),
      );
  }, []);

  /** Leaves at once, with or without a network: the person asked to leave. The server is told now or later. */
  const signOut = useCallback(() => {
    remember(pendingKey, true);
    forgetAccount();
    setSession({ status: 'signedOut' });
    void tellServerSignedOut().catch(() => undefined);
  }, []);

  /** A call was refused for lack of a session (it expired): show the sign-in screen. */
  const noticeError = useCallback((error: unknown) => {
    if (describeError(error).code !== 'UNAUTHORIZED') return;
    forgetAccount();
    setSession({ status: 'signedOut' });
  }, []);

  return { session, signIn, submitSignIn, signOut, noticeError };
}
