// The phone's queue of needs in IndexedDB: one record per need, keyed by the need's UUID.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedNeed } from './queued-need';

export type OutboxStore = {
  /** The account's queued needs, oldest first. */
  list: (ownerId: string) => Promise<QueuedNeed[]>;
  get: (id: string) => Promise<QueuedNeed | undefined>;
  put: (need: QueuedNeed) => Promise<void>;
  remove: (id: string) => Promise<void>;
};

interface OutboxSchema extends DBSchema {
  outbox: { key: string; value: QueuedNeed };
}

export async function openOutboxStore(name = 'kruosar-hive'): Promise<OutboxStore> {
  const db: IDBPDatabase<OutboxSchema> = await openDB<OutboxSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('outbox', { keyPath: 'id' });
    },
  });
  return {
    list: async (ownerId) =>
      (await db.getAll('outbox')).filter((n) => n.ownerId === ownerId).sort((a, b) => a.savedAt.localeCompare(b.savedAt)),
    get: (id) => db.get('outbox', id),
    put: async (need) => {
      await db.put('outbox', need);
    },
    remove: (id) => db.delete('outbox', id),
  };
}
