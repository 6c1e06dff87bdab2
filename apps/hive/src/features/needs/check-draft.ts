// Checks a need draft against the domain schema (HiveNeedInput). Loaded after the form shows, so
// zod is not part of the hive's first load.
import { HiveNeedInput } from '@kruosar/domain';
import { fieldMessagesOf, type FieldMessage } from '@kruosar/ui/hive-lite';
import type { NeedDraft, NeedField, Stamp } from './need-draft';

export type DraftCheck = { ok: true; input: HiveNeedInput } | { ok: false; errors: Partial<Record<NeedField, FieldMessage>> };

const choices: NeedField[] = ['villageCode', 'category', 'urgency'];

export function checkDraft(draft: NeedDraft, stamp: Stamp): DraftCheck {
  const parsed = HiveNeedInput.safeParse({ ...draft, ...stamp });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<NeedField, FieldMessage>> = {};
  for (const [path, message] of Object.entries(fieldMessagesOf(parsed.error))) {
    if (!(path in draft)) continue; // id and reportedAt are ours, never the volunteer's to fix
    const field = path as NeedField;
    // An unchosen village is "choose one", not "wrong format".
    errors[field] = choices.includes(field) && draft[field] === '' ? { key: 'errors:field.choose' } : message;
  }
  return { ok: false, errors };
}

