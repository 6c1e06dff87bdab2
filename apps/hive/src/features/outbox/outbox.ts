// The hive's outbox, fetched after the first screen (it brings idb): keep a need on the phone, send what waits,
// and tell the screens when anything changed. Every need goes through it, online or not.
import type { HiveNeedInput } from '@kruosar/domain';
import { hiveClient } from '../../lib/client';
import { openOutboxStore, type OutboxStore } from './outbox-store';
import type { QueuedNeed } from './queued-need';
import { sendQueued, type SendRound } from './send-queued';

let opened: Promise<OutboxStore> | null = null;
function store(): Promise<OutboxStore> {
  opened ??= openOutboxStore().catch((error: unknown) => {
    opened = null; // IndexedDB may be off (private mode) or busy: ask again next time
    throw error;
  });
  return opened;
}

const listeners = new Set<() => void>();
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

const now = () => new Date().toISOString();
const sendNeed = (input: HiveNeedInput) => hiveClient.needs.submit.mutate(input);

// One round at a time in this tab: a round asked for while one runs starts after it, and finds what it left.
let rounds: Promise<unknown> = Promise.resolve();
export function sendWaiting(ownerId: string): Promise<SendRound> {
  const round = rounds.then(async () => sendQueued(await store(), ownerId, sendNeed, now, changed));
  rounds = round.catch(() => undefined);
  return round;
}

export async function listQueued(ownerId: string): Promise<QueuedNeed[]> {
  return (await store()).list(ownerId);
}

export async function removeQueued(id: string): Promise<void> {
  await (await store()).remove(id);
  changed();
}

/** Needs that have not reached the server (waiting, being sent, or refused): what signing out would lose. */
export async function countUnsent(ownerId: string): Promise<number> {
  return (await listQueued(ownerId)).filter((n) => n.delivery !== 'sent').length;
}

/**
 * Signing out: the account's copies leave the phone. `keepUnsent` keeps the needs the server does not have yet
 * (only that account sends or sees them, when it signs in again); copies the server already has always go.
 */
export async function discardQueued(ownerId: string, { keepUnsent }: { keepUnsent: boolean }): Promise<void> {
  const s = await store();
  for (const need of await s.list(ownerId)) {
    if (!keepUnsent || need.delivery === 'sent') await s.remove(need.id);
  }
  changed();
}

/** Sent needs stay listed on the phone until the server's list has them; then the server's copy is shown. */
export async function forgetDelivered(ownerId: string, onServer: readonly string[]): Promise<void> {
  const s = await store();
  const known = new Set(onServer);
  const delivered = (await s.list(ownerId)).filter((n) => n.delivery === 'sent' && known.has(n.id));
  for (const need of delivered) await s.remove(need.id);
  if (delivered.length > 0) changed();
}

export type SaveOutcome = { kind: 'sent' | 'alreadySent' | 'queued' } | { kind: 'refused'; need: QueuedNeed };

/** How long the form waits for the first try before saying "saved on this phone" (the need is safe either way). */
const FIRST_TRY_MS = 10_000;

/**
 * Keeps the need on the phone, then tries to send it at once. `replaces` is the refused need the volunteer has
 * just fixed: it goes when its replacement is safely stored. Without IndexedDB the need is sent directly, and a
 * failure is thrown to the form, which keeps the draft and its id for another try.
 */
export async function saveNeed(input: HiveNeedInput, where: { ownerId: string; villageName: string; replaces: string | null }): Promise<SaveOutcome> {
  let s: OutboxStore;
  try {
    s = await store();
  } catch {
    const result = await sendNeed(input);
    return { kind: result.alreadyReceived ? 'alreadySent' : 'sent' };
  }
  await s.put({ id: input.id, ownerId: where.ownerId, input, villageName: where.villageName, delivery: 'waiting', savedAt: now(), attempts: 0, lastTriedAt: null, failure: null });
  if (where.replaces && where.replaces !== input.id) await s.remove(where.replaces);
  changed();
  if (!navigator.onLine) return { kind: 'queued' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([sendWaiting(where.ownerId).catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, FIRST_TRY_MS)))]);
  clearTimeout(timer);
  const need = await s.get(input.id);
  if (need?.delivery === 'refused') return { kind: 'refused', need };
  // Gone from the queue already means delivered and listed by the server (forgetDelivered).
  return { kind: !need || need.delivery === 'sent' ? 'sent' : 'queued' };
}
