// Case notes: what happened at a visit, call or meeting; sensitive ones are for the case team only.
import { z } from 'zod';
import { caseRecordShape, choiceField, dateField, optionalField, requiredField } from '../case-workflow/fields';

export const caseNoteKinds = ['visit', 'phone', 'office', 'third_party', 'supervision'] as const;
export type CaseNoteKind = (typeof caseNoteKinds)[number];

export const CaseNoteInput = z.object({
  kind: choiceField('Note kind', caseNoteKinds),
  happenedOn: dateField('Note date'),
  /** Who the caseworker spoke with (the child, a teacher, a neighbour). */
  contactWith: optionalField('Spoke with', 200),
  text: requiredField('Note text', 8000),
  sensitive: z.boolean({ error: 'Sensitive: answer yes or no' }).default(false),
});
export type CaseNoteInput = z.infer<typeof CaseNoteInput>;

export const CaseNote = CaseNoteInput.extend({ ...caseRecordShape, authorId: z.string() });
export type CaseNote = z.infer<typeof CaseNote>;

/** A note as a viewer gets it: the text (and who was spoken with) is null when they may not read it. */
export const CaseNoteView = CaseNote.extend({ text: z.string().nullable(), contactWith: z.string().nullable(), withheld: z.boolean() });
export type CaseNoteView = z.infer<typeof CaseNoteView>;
