// The villages a volunteer may report from, kept on the phone after each online visit so the form works offline.
import type { GeoUnit } from '@kruosar/domain';
import { describeError } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { recall, remember, rememberedKeys } from '../../lib/remembered';

type Kept = { ownerId: string; villages: GeoUnit[] };

/** The list kept for this account, if any (another account's list on a shared phone is not theirs). */
export function keptVillages(ownerId: string): GeoUnit[] | undefined {
  const kept = recall<Kept>(rememberedKeys.villages);
  return kept?.ownerId === ownerId ? kept.villages : undefined;
}

/** Asks the server, and keeps the answer; without a network, answers the kept list instead. */
export async function loadVillages(ownerId: string): Promise<GeoUnit[]> {
  try {
    const villages = await hiveClient.geography.villages.query();
    remember<Kept>(rememberedKeys.villages, { ownerId, villages });
    return villages;
  } catch (error) {
    const kept = keptVillages(ownerId);
    if (kept && describeError(error).code === null) return kept;
    throw error;
  }
}
