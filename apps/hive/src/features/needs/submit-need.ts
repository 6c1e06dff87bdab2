// Sends a need to the server. The form knows only this function: the offline queue (IndexedDB,
// retries on reconnect) will sit here later without the form changing.
import type { HiveNeedInput, NeedStatus } from '@kruosar/domain';
import { hiveClient } from '../../lib/client';

export type SubmitResult = { id: string; status: NeedStatus; alreadyReceived: boolean };

export function submitNeed(input: HiveNeedInput): Promise<SubmitResult> {
  return hiveClient.needs.submit.mutate(input);
}

export function listMyNeeds() {
  return hiveClient.needs.mine.query();
}

export function listMyVillages() {
  return hiveClient.geography.villages.query();
}
