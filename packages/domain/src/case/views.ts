// The shapes the staff case procedures take and give (case page, intake duplicates, edits, assignment,
// timeline, notes, export), built from the domain's pieces.
import { z } from 'zod';
import { CaseIntakeInput, CaseListInput } from './schemas';
import { caseSources, caseStages, caseStatuses, protectionConcerns, riskLevels } from './values';
import { CaseNoteInput, CaseNoteView } from '../case-note/schemas';
import { Child, ChildInput } from '../child/schemas';
import { Household, HouseholdInput, HouseholdMemberInput } from '../household/schemas';
import { TransferInput } from '../referral/transfer';
import { Version, text } from '../common/schemas';
import { VillageCode } from '../geography/schemas';
import { duplicateReasons } from '../duplicates/score';
import { idField } from '../case-workflow/fields';
import { roles } from '../roles';

const CaseId = idField('Case');

/** Caseload filters: the domain's list input plus the supervisor's team view (one caseworker, or unassigned). */
export const CaseloadInput = CaseListInput.extend({
  assignedToId: z.string().trim().min(1).max(64).optional(),
});
export type CaseloadInput = z.infer<typeof CaseloadInput>;

/** The same filters without paging: an export takes every matching row. */
export const CaseExportInput = CaseloadInput.omit({ page: true, pageSize: true });
export type CaseExportInput = z.infer<typeof CaseExportInput>;
export const CaseExport = z.object({ filename: z.string(), csv: z.string(), rows: z.number().int(), identified: z.boolean() });
export type CaseExport = z.infer<typeof CaseExport>;

// ---- Intake -------------------------------------------------------------------------------------------------

export const DuplicateCheckInput = z.object({
  child: ChildInput.pick({
    givenNameKm: true,
    familyNameKm: true,
    givenNameLatin: true,
    familyNameLatin: true,
    sex: true,
    dateOfBirth: true,
    dateOfBirthEstimated: true,
  }),
  villageCode: VillageCode,
});
export type DuplicateCheckInput = z.infer<typeof DuplicateCheckInput>;

/**
 * A registered child who may be the one being registered. Matches outside the person's scope are still shown
 * (the same child registered by another team must not become a second case) but only as their reference,
 * commune and status: no case id, name or date of birth.
 */
export const PossibleDuplicate = z.object({
  inScope: z.boolean(),
  caseId: z.string().nullable(),
  reference: z.string(),
  status: z.enum(caseStatuses),
  childName: z.string().nullable(),
  childNameKm: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  communeCode: z.string(),
  communeName: z.string(),
  communeNameKm: z.string(),
  score: z.number(),
  reasons: z.array(z.enum(duplicateReasons)),
});
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>;

export const CaseRegisterInput = CaseIntakeInput.extend({
  /** Who gets the case. A caseworker's own registration is theirs whatever is sent; a supervisor may choose. */
  assignedToId: z.string().trim().min(1).max(64).nullable().default(null),
  /** Register the child into a household Kruosar knows (a sibling's); the household fields are then not used. */
  existingHouseholdId: z.string().trim().min(1).max(64).nullable().default(null),
});
export type CaseRegisterInput = z.infer<typeof CaseRegisterInput>;
export const CaseRegistered = z.object({ caseId: z.string(), reference: z.string(), assignedToId: z.string().nullable() });
export type CaseRegistered = z.infer<typeof CaseRegistered>;

// ---- Case page ----------------------------------------------------------------------------------------------

export const CaseById = z.object({ caseId: CaseId });
const Person = z.object({ id: z.string(), displayName: z.string() });

export const CaseRecord = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(caseStatuses),
  stage: z.enum(caseStages),
  riskLevel: z.enum(riskLevels),
  protectionConcerns: z.array(z.enum(protectionConcerns)),
  source: z.enum(caseSources),
  summary: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  communeNameKm: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  villageNameKm: z.string(),
  assignedTo: Person.nullable(),
  registeredBy: Person.nullable(),
  registeredAt: z.string(),
  firstContactDueAt: z.string(),
  firstContactAt: z.string().nullable(),
  pastFirstContactTarget: z.boolean(),
  updatedAt: z.string(),
  version: Version,
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const CaseDetail = z.object({ case: CaseRecord, child: Child, household: Household });
export type CaseDetail = z.infer<typeof CaseDetail>;

// ---- Edits --------------------------------------------------------------------------------------------------

/** Re-rating risk, the protection concerns and the summary; only the fields sent change. */
export const CaseUpdateInput = z
  .object({
    caseId: CaseId,
    version: Version,
    riskLevel: z.enum(riskLevels).optional(),
    protectionConcerns: z.array(z.enum(protectionConcerns)).optional(),
    summary: text(4000).optional(),
  })
  .refine((v) => v.riskLevel !== undefined || v.protectionConcerns !== undefined || v.summary !== undefined, {
    message: 'Change at least one of risk level, protection concerns or summary',
    path: ['riskLevel'],
  });
export type CaseUpdateInput = z.infer<typeof CaseUpdateInput>;

export const FirstContactInput = z.object({
  caseId: CaseId,
  version: Version,
  at: z.iso.datetime({ offset: true, error: 'First contact: give a date and time' }),
});
export type FirstContactInput = z.infer<typeof FirstContactInput>;

/** The saved version, so a form can keep editing without reloading. */
export const Saved = z.object({ id: z.string(), version: Version });
export type Saved = z.infer<typeof Saved>;

export const ChildUpdateInput = z.object({ caseId: CaseId, version: Version, child: ChildInput });
export type ChildUpdateInput = z.infer<typeof ChildUpdateInput>;

/** Members with an id are edited, members without one are added, existing members left out are archived. */
export const HouseholdMemberEdit = HouseholdMemberInput.extend({ id: z.string().min(1).max(64).optional() });
export const HouseholdUpdateInput = z.object({
  caseId: CaseId,
  version: Version,
  household: HouseholdInput.extend({ members: z.array(HouseholdMemberEdit).max(40, 'A household has at most 40 members') }),
});
export type HouseholdUpdateInput = z.infer<typeof HouseholdUpdateInput>;

// ---- Assignment ---------------------------------------------------------------------------------------------

export const CaseTransferInput = TransferInput.extend({ caseId: CaseId, version: Version });
export type CaseTransferInput = z.infer<typeof CaseTransferInput>;

/** No cap on the number of cases: the whole selection is assigned in one transaction, or nothing is. */
export const BulkAssignInput = z.object({
  caseIds: z.array(idField('Case')).min(1, 'Choose at least one case'),
  toUserId: idField('New caseworker'),
  reason: text(2000).default(''),
});
export type BulkAssignInput = z.infer<typeof BulkAssignInput>;
export const BulkAssignResult = z.object({ assigned: z.number().int(), alreadyAssigned: z.number().int() });
export type BulkAssignResult = z.infer<typeof BulkAssignResult>;

export const AssignableStaffInput = z.object({ communeCode: z.string().regex(/^\d{6}$/, 'A commune code has 6 digits') });
export const AssignableStaff = z.object({ id: z.string(), displayName: z.string(), role: z.enum(roles), openCases: z.number().int() });
export type AssignableStaff = z.infer<typeof AssignableStaff>;

// ---- Timeline and notes -------------------------------------------------------------------------------------

export const TimelineInput = z.object({
  caseId: CaseId,
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
  /** Reads of the record (who opened the case page) are left out unless asked for. */
  includeReads: z.boolean().default(false),
});
export type TimelineInput = z.infer<typeof TimelineInput>;

export const TimelineEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  /** i18n key in the staff namespace: timeline.<action>. */
  messageKey: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** Short facts about the change (ids, codes, counts); never free text about the child. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export const TimelinePage = z.object({ items: z.array(TimelineEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type TimelinePage = z.infer<typeof TimelinePage>;

export const CaseNoteListInput = z.object({
  caseId: CaseId,
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type CaseNoteListInput = z.infer<typeof CaseNoteListInput>;
export const CaseNoteCreateInput = CaseNoteInput.extend({ caseId: CaseId });
export type CaseNoteCreateInput = z.infer<typeof CaseNoteCreateInput>;
export const CaseNoteEntry = CaseNoteView.extend({ authorName: z.string() });
export type CaseNoteEntry = z.infer<typeof CaseNoteEntry>;
export const CaseNotePage = z.object({ items: z.array(CaseNoteEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type CaseNotePage = z.infer<typeof CaseNotePage>;
