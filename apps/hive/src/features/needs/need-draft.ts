// The need form's state before it is sent (no zod here: see check-draft.ts).
import type { NeedCategory, NeedUrgency } from '@kruosar/domain';

export type NeedDraft = {
  villageCode: string;
  category: NeedCategory | '';
  urgency: NeedUrgency | '';
  description: string;
  contactName: string;
  contactPhone: string;
  consentToContact: boolean;
};

export type NeedField = keyof NeedDraft;

export const emptyDraft: NeedDraft = {
  villageCode: '',
  category: '',
  urgency: '',
  description: '',
  contactName: '',
  contactPhone: '',
  consentToContact: false,
};

/** What identifies one sending: made once, and reused when the same draft is sent again. */
export type Stamp = { id: string; reportedAt: string };

export function sameDraft(a: NeedDraft, b: NeedDraft): boolean {
  return (Object.keys(a) as NeedField[]).every((k) => a[k] === b[k]);
}

/** A saved need back in the form, to fix what the server refused. */
export function draftOf(input: Omit<NeedDraft, 'category' | 'urgency'> & { category: NeedCategory; urgency: NeedUrgency }): NeedDraft {
  const { villageCode, category, urgency, description, contactName, contactPhone, consentToContact } = input;
  return { villageCode, category, urgency, description, contactName, contactPhone, consentToContact };
}
