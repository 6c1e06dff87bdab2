// The signed-in volunteer's outbox for the screens: its needs, kept up to date, and sent by itself when the app
// opens or comes back to the front, when the network returns, every minute while the phone is online, and when
// the volunteer presses "Send now". The outbox module (and idb) is fetched after the first screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueuedNeed } from './queued-need';
import type { SendRound } from './send-queued';

export const loadOutbox = () => import('./outbox');

export type Outbox = {
  /** null until the queue has been read from the phone. */
  needs: QueuedNeed[] | null;
  /** False when the phone keeps no queue (IndexedDB switched off): needs are then sent directly. */
  available: boolean;
  sendNow: () => Promise<SendRound | null>;
  remove: (id: string) => Promise<void>;
};

const RETRY_EVERY_MS = 60_000;

export function useOutbox(ownerId: string, onError: (error: unknown) => void): Outbox {
  const [needs, setNeeds] = useState<QueuedNeed[] | null>(null);
  const [available, setAvailable] = useState(true);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  }, [onError]);

  const sendNow = useCallback(async () => {
    const outbox = await loadOutbox();
    const round = await outbox.sendWaiting(ownerId).catch(() => null);
    if (round?.stoppedBy) onErrorRef.current(round.stoppedBy); // a lost session shows the sign-in screen
    return round;
  }, [ownerId]);

  useEffect(() => {
    let live = true;
    const cleanups: (() => void)[] = [];
    void loadOutbox().then(
      (outbox) => {
        if (!live) return;
        const read = () =>
          outbox.listQueued(ownerId).then(
            (list) => live && setNeeds(list),
            () => live && (setAvailable(false), setNeeds([])),
          );
        const send = () => void sendNow();
        const onVisible = () => document.visibilityState === 'visible' && send();
        const timer = setInterval(() => navigator.onLine && send(), RETRY_EVERY_MS);
        cleanups.push(outbox.subscribe(() => void read()), () => clearInterval(timer));
        window.addEventListener('online', send);
        document.addEventListener('visibilitychange', onVisible);
        cleanups.push(() => window.removeEventListener('online', send), () => document.removeEventListener('visibilitychange', onVisible));
        void read();
        send(); // the app was opened
      },
      () => live && (setAvailable(false), setNeeds([])), // the chunk itself could not be fetched
    );
    return () => {
      live = false;
      cleanups.forEach((cleanup) => cleanup());
    };
  }, [ownerId, sendNow]);

  const remove = useCallback(async (id: string) => (await loadOutbox()).removeQueued(id), []);
  return { needs, available, sendNow, remove };
}
