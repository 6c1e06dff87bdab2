// The canonical text of a need's content, so a replayed id can be checked against what was stored first.
import type { HiveNeedInput } from './schemas';

/**
 * Bumped if the canonical form ever changes; stored hashes made under another version can then be recognised
 * instead of wrongly refusing a genuine retry.
 */
export const NEED_CONTENT_VERSION = 1;

const sameText = (s: string) => s.normalize('NFC');

/** An instant written in one way: "…T08:00:00Z" and "…T08:00:00.000Z" are the same moment. */
function sameInstant(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString();
}

/**
 * Stable JSON of the fields that define a need: what the volunteer saw and typed. The id is the key the content is
 * compared under, so it is left out; nothing added in transport (received time, volunteer, status) is in the input.
 * Keys are written in a fixed order and text is Unicode-NFC, so the same need always gives the same string
 * whatever the phone's keyboard or JSON serialiser did. The server hashes this string (SHA-256 with node:crypto).
 */
export function canonicalNeedContent(input: HiveNeedInput): string {
  return JSON.stringify([
    ['v', NEED_CONTENT_VERSION],
    ['villageCode', input.villageCode],
    ['category', input.category],
    ['urgency', input.urgency],
    ['description', sameText(input.description)],
    ['contactName', sameText(input.contactName)],
    ['contactPhone', sameText(input.contactPhone)],
    ['consentToContact', input.consentToContact],
    ['reportedAt', sameInstant(input.reportedAt)],
  ]);
}

/** True when two submissions under one id describe the same need (a retry), false when the content differs. */
export function isSameNeedContent(a: HiveNeedInput, b: HiveNeedInput): boolean {
  return canonicalNeedContent(a) === canonicalNeedContent(b);
}
