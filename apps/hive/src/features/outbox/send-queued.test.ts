// The outbox against a real IndexedDB implementation (fake-indexeddb): kept, sent once, retried, refused.
import 'fake-indexeddb/auto';
import { TRPCClientError } from '@trpc/client';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HiveNeedInput } from '@kruosar/domain';
import { openOutboxStore, type OutboxStore } from './outbox-store';
import { isRefusal, type QueuedNeed } from './queued-need';
import { sendQueued } from './send-queued';

const refusal = (code: string, messageKey: string, fieldErrors?: Record<string, string>) =>
  TRPCClientError.from({ error: { message: code, code: -32600, data: { code, messageKey, fieldErrors } } });
const networkDown = () => TRPCClientError.from(new TypeError('Failed to fetch'));

let n = 0;
const need = (ownerId: string, savedAt: string): QueuedNeed => {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const input: HiveNeedInput = { id, villageCode: '02030301', category: 'food', urgency: 'soon', description: `need ${n}`, contactName: '', contactPhone: '', consentToContact: false, reportedAt: savedAt };
  return { id, ownerId, input, villageName: 'Phum', delivery: 'waiting', savedAt, attempts: 0, lastTriedAt: null, failure: null };
};

/** A server that stores each id once, like the real one, and can be switched off or made to refuse one id. */
function fakeServer() {
  const stored = new Map<string, HiveNeedInput>();
  const state = { up: true, refuse: new Map<string, Error>(), calls: 0 };
  const send = async (input: HiveNeedInput) => {
    state.calls += 1;
    if (!state.up) throw networkDown();
    const refused = state.refuse.get(input.id);
    if (refused) throw refused;
    const alreadyReceived = stored.has(input.id);
    stored.set(input.id, input);
    return { id: input.id, status: 'received', alreadyReceived };
  };
  return { stored, state, send };
}

const now = () => '2026-11-21T05:00:00.000Z';
let store: OutboxStore;
let changes = 0;
const changed = () => void (changes += 1);

beforeEach(async () => {
  store = await openOutboxStore(`outbox-test-${Math.random()}`);
  changes = 0;
});

describe('sendQueued', () => {
  it('sends waiting needs oldest first and marks them sent; a second round sends nothing again', async () => {
    const server = fakeServer();
    const [a, b] = [need('u1', '2026-11-21T02:00:00Z'), need('u1', '2026-11-21T01:00:00Z')];
    await store.put(a);
    await store.put(b);
    const order: string[] = [];
    const round = await sendQueued(store, 'u1', (input) => (order.push(input.id), server.send(input)), now, changed);
    expect(round).toEqual({ sent: 2, refused: 0, stoppedBy: null });
    expect(order).toEqual([b.id, a.id]);
    expect((await store.list('u1')).map((q) => q.delivery)).toEqual(['sent', 'sent']);
    expect(changes).toBeGreaterThan(0);
    await sendQueued(store, 'u1', server.send, now, changed);
    expect(server.state.calls).toBe(2);
    expect(server.stored.size).toBe(2);
  });

  it('keeps needs waiting while the network is down, stops trying the rest, and sends them when it returns', async () => {
    const server = fakeServer();
    server.state.up = false;
    for (const q of [need('u1', '2026-11-21T01:00:00Z'), need('u1', '2026-11-21T02:00:00Z')]) await store.put(q);
    const offline = await sendQueued(store, 'u1', server.send, now, changed);
    expect(offline.sent).toBe(0);
    expect(offline.stoppedBy).toBeInstanceOf(TRPCClientError);
    expect(server.state.calls).toBe(1); // the second would fail the same way
    const waiting = await store.list('u1');
    expect(waiting.map((q) => [q.delivery, q.attempts])).toEqual([['waiting', 1], ['waiting', 0]]);
    expect(waiting[0]!.failure).toMatchObject({ messageKey: 'errors:network', code: null });

    server.state.up = true;
    expect(await sendQueued(store, 'u1', server.send, now, changed)).toMatchObject({ sent: 2, stoppedBy: null });
    expect(server.stored.size).toBe(2);
  });

  it('resends a need cut off mid-send with the same id and content, which the server stores once', async () => {
    const server = fakeServer();
    const q = need('u1', '2026-11-21T01:00:00Z');
    await server.send(q.input); // it did arrive, but the phone never heard back
    await store.put({ ...q, delivery: 'sending' });
    await sendQueued(store, 'u1', server.send, now, changed);
    expect(server.stored.size).toBe(1);
    expect(server.stored.get(q.id)).toEqual(q.input);
    expect((await store.get(q.id))?.delivery).toBe('sent');
  });

  it('does not retry a refusal forever: it is kept, marked refused, with the message and field keys', async () => {
    const server = fakeServer();
    const [bad, good] = [need('u1', '2026-11-21T01:00:00Z'), need('u1', '2026-11-21T02:00:00Z')];
    server.state.refuse.set(bad.id, refusal('BAD_REQUEST', 'errors.villageOutsideCommune', { villageCode: 'errors.villageOutsideCommune' }));
    await store.put(bad);
    await store.put(good);
    expect(await sendQueued(store, 'u1', server.send, now, changed)).toEqual({ sent: 1, refused: 1, stoppedBy: null });
    const kept = await store.get(bad.id);
    expect(kept).toMatchObject({ delivery: 'refused', attempts: 1, input: bad.input });
    expect(kept?.failure).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors:villageOutsideCommune', fieldErrors: { villageCode: 'errors.villageOutsideCommune' } });
    await sendQueued(store, 'u1', server.send, now, changed);
    expect(server.state.calls).toBe(2); // the refused one is not sent again
  });

  it("sends only the signed-in account's needs on a shared phone", async () => {
    const server = fakeServer();
    const [mine, theirs] = [need('u1', '2026-11-21T01:00:00Z'), need('u2', '2026-11-21T01:00:00Z')];
    await store.put(mine);
    await store.put(theirs);
    await sendQueued(store, 'u1', server.send, now, changed);
    expect([...server.stored.keys()]).toEqual([mine.id]);
    expect((await store.get(theirs.id))?.delivery).toBe('waiting');
  });
});

describe('isRefusal', () => {
  it('gives up on bad input, a replayed id with other content and a forbidden village; retries the rest', () => {
    for (const code of ['BAD_REQUEST', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'PARSE_ERROR', 'PAYLOAD_TOO_LARGE']) expect(isRefusal({ code })).toBe(true);
    for (const code of [null, 'INTERNAL_SERVER_ERROR', 'TIMEOUT', 'TOO_MANY_REQUESTS', 'UNAUTHORIZED', 'BAD_GATEWAY']) expect(isRefusal({ code })).toBe(false);
  });
});
