// A case: one child, one household, moving through the workflow.
import { z } from 'zod';
import { ChildInput } from '../child/schemas';
import { HouseholdInput } from '../household/schemas';
import { CommuneCode } from '../geography/schemas';
import { PageInput, Version, pageOf, text } from '../common/schemas';
import { caseSources, caseStages, caseStatuses, protectionConcerns, riskLevels } from './values';

export const CaseIntakeInput = z.object({
  child: ChildInput,
  household: HouseholdInput,
  source: z.enum(caseSources),
  riskLevel: z.enum(riskLevels),
  protectionConcerns: z.array(z.enum(protectionConcerns)).default([]),
  summary: text(4000).default(''),
  /** Set when the user has seen the possible duplicates and registers anyway. */
  duplicatesReviewed: z.boolean().default(false),
});
export type CaseIntakeInput = z.infer<typeof CaseIntakeInput>;

export const caseSortKeys = ['registeredAt', 'riskLevel', 'reference', 'childName', 'updatedAt'] as const;

export const CaseListInput = PageInput.extend({
  search: text(100).optional(),
  stage: z.enum(caseStages).optional(),
  status: z.enum(caseStatuses).optional(),
  riskLevel: z.enum(riskLevels).optional(),
  communeCode: CommuneCode.optional(),
  overdueOnly: z.boolean().optional(),
  sort: z.enum(caseSortKeys).default('registeredAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListInput = z.infer<typeof CaseListInput>;

/** A row of a caseload list. childName is null for roles that may not identify children. */
export const CaseSummary = z.object({
  id: z.string(),
  reference: z.string(),
  childName: z.string().nullable(),
  childNameKm: z.string().nullable(),
  status: z.enum(caseStatuses),
  stage: z.enum(caseStages),
  riskLevel: z.enum(riskLevels),
  communeCode: z.string(),
  communeName: z.string(),
  assignedToName: z.string().nullable(),
  registeredAt: z.string(),
  firstContactDueAt: z.string(),
  firstContactAt: z.string().nullable(),
  pastFirstContactTarget: z.boolean(),
  /** A closure request waits for a supervisor: the case is still open, at the closure stage. */
  closurePending: z.boolean(),
  version: Version,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CasePage = pageOf(CaseSummary);
export type CasePage = z.infer<typeof CasePage>;
