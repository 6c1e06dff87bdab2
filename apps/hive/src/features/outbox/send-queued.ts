// Sends an account's waiting needs, oldest first, and records how each went. Pure of the network and of
// IndexedDB (both are passed in), so its rules are tested without either.
import type { HiveNeedInput } from '@kruosar/domain';
import { describeError } from '@kruosar/ui/hive-lite';
import type { OutboxStore } from './outbox-store';
import { isRefusal, type QueuedNeed } from './queued-need';

export type SendNeed = (input: HiveNeedInput) => Promise<unknown>;

/** What a round of sending found: how many went, and the failure that stopped it (to notice a lost session). */
export type SendRound = { sent: number; refused: number; stoppedBy: unknown };

const due = (need: QueuedNeed) => need.delivery === 'waiting' || need.delivery === 'sending'; // "sending" = cut off mid-send

export async function sendQueued(store: OutboxStore, ownerId: string, send: SendNeed, now: () => string, changed: () => void): Promise<SendRound> {
  const round: SendRound = { sent: 0, refused: 0, stoppedBy: null };
  for (const queued of (await store.list(ownerId)).filter(due)) {
    // Read again: another round (another tab) may have sent or deleted it meanwhile.
    const need = await store.get(queued.id);
    if (!need || !due(need)) continue;
    const tried = { ...need, attempts: need.attempts + 1, lastTriedAt: now() };
    await store.put({ ...need, delivery: 'sending' });
    changed();
    try {
      // The same id and the same content every time: a resend of a need that did arrive is answered
      // "already received" and is not stored twice.
      await send(need.input);
      await store.put({ ...tried, delivery: 'sent', failure: null });
      round.sent += 1;
    } catch (error) {
      const failure = describeError(error);
      if (isRefusal(failure)) {
        await store.put({ ...tried, delivery: 'refused', failure });
        round.refused += 1;
      } else {
        await store.put({ ...tried, delivery: 'waiting', failure });
        changed();
        // No network, or no session: the others would fail the same way. They go in the next round.
        round.stoppedBy = error;
        return round;
      }
    }
    changed();
  }
  return round;
}
