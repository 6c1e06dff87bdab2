// Residential care institutions, tracing a child's family, and the child's return home (reintegration).
import { z } from 'zod';
import { Version } from '../common/schemas';
import { Approval } from '../case-workflow/approval';
import { caseRecordShape, choiceField, dateField, idField, optionalField, requiredField, wholeNumberField } from '../case-workflow/fields';

// ---- Institutions ----

export const institutionTypes = ['residential_care_centre', 'pagoda', 'transit_centre', 'group_home', 'boarding_school', 'other'] as const;
export type InstitutionType = (typeof institutionTypes)[number];

const villageOrCommune = z.string().trim().regex(/^\d{6}(\d{2})?$/, 'Commune: choose a commune');

export const InstitutionInput = z.object({
  name: requiredField('Institution name', 200),
  type: choiceField('Institution type', institutionTypes),
  /** The commune the institution is in; its district and province follow from the code. */
  communeCode: villageOrCommune,
  contactName: optionalField('Contact person', 200),
  contactPhone: optionalField('Contact phone', 40),
});
export type InstitutionInput = z.infer<typeof InstitutionInput>;

export const Institution = InstitutionInput.extend({
  id: z.string(),
  version: Version,
  communeName: z.string(),
  communeNameKm: z.string(),
  childrenInCare: z.number().int(),
});
export type Institution = z.infer<typeof Institution>;

/** A child's stay in an institution: which one and since when (the placement history says where else they lived). */
export const AdmissionInput = z.object({
  institutionId: idField('Institution'),
  admittedOn: dateField('Admission date'),
});
export type AdmissionInput = z.infer<typeof AdmissionInput>;

export const Admission = AdmissionInput.extend({
  id: z.string(),
  caseId: z.string(),
  institutionName: z.string(),
  leftOn: z.string().nullable(),
});
export type Admission = z.infer<typeof Admission>;

// ---- Tracing requests ----

export const soughtRelations = ['mother', 'father', 'sibling', 'grandparent', 'aunt_uncle', 'other_relative'] as const;
export type SoughtRelation = (typeof soughtRelations)[number];

/** Someone the child remembers: a name as the child says it (any script), and how they are related. */
export const SoughtPerson = z.object({
  relation: choiceField('Relation', soughtRelations),
  name: requiredField('Name remembered', 200),
});
export type SoughtPerson = z.infer<typeof SoughtPerson>;

export const TracingRequestInput = z.object({
  openedOn: dateField('Date opened'),
  /** What the child remembers, in the child's own words, written down as said. */
  childAccount: requiredField("The child's account", 8000),
  people: z.array(SoughtPerson).max(12, 'At most 12 people remembered').default([]),
  /** Village or landmarks the child remembers, free text in the child's words. */
  placesRemembered: optionalField('Village or landmarks remembered', 2000),
  /** A village, commune, district or province code, when the place remembered is known in the gazetteer. */
  placeCode: z.string().trim().regex(/^(\d{2}){1,4}$/, 'Place: choose a province, district, commune or village').nullable().default(null),
  ageAtSeparation: wholeNumberField('Age at separation', 0, 17).nullable().default(null),
  language: optionalField('Language the child spoke at home', 100),
  institutionRecords: optionalField("What the institution's records say", 8000),
});
export type TracingRequestInput = z.infer<typeof TracingRequestInput>;

export const tracingStatuses = ['open', 'family_found', 'relatives_found', 'not_found', 'closed'] as const;
export type TracingStatus = (typeof tracingStatuses)[number];
export const tracingOutcomes = ['family_found', 'relatives_found', 'not_found'] as const;
export type TracingOutcome = (typeof tracingOutcomes)[number];

export const TracingRequest = TracingRequestInput.extend({
  ...caseRecordShape,
  status: z.enum(tracingStatuses),
  /** Kept when the request is closed, so a closed request still says what was found. */
  outcome: z.enum(tracingOutcomes).nullable(),
  openedByName: z.string(),
  /** The household the family was found in, once a match was confirmed. */
  foundHouseholdId: z.string().nullable(),
  closeApproval: Approval,
});
export type TracingRequest = z.infer<typeof TracingRequest>;

export const traceActionKinds = ['visit', 'phone_call', 'commune_chief', 'village_chief', 'dosvy_enquiry', 'other'] as const;
export type TraceActionKind = (typeof traceActionKinds)[number];

export const TraceActionInput = z.object({
  kind: choiceField('Action', traceActionKinds),
  actionOn: dateField('Action date'),
  who: requiredField('Who was asked', 200),
  place: requiredField('Where', 200),
  result: requiredField('Result', 4000),
  nextStep: optionalField('Next step', 2000),
});
export type TraceActionInput = z.infer<typeof TraceActionInput>;

export const TraceAction = TraceActionInput.extend({
  id: z.string(),
  tracingRequestId: z.string(),
  createdById: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type TraceAction = z.infer<typeof TraceAction>;

export const TracingOutcomeInput = z.object({
  outcome: choiceField('Outcome', tracingOutcomes),
  note: optionalField('Note', 2000),
});
export type TracingOutcomeInput = z.infer<typeof TracingOutcomeInput>;

// ---- Matches ----

export const matchSources = ['household_member', 'hive_need', 'tracing_request'] as const;
export type MatchSource = (typeof matchSources)[number];

export const matchDecisions = ['confirm', 'reject'] as const;
export const MatchDecisionInput = z.object({
  decision: choiceField('Decision', matchDecisions),
  note: requiredField('Note', 2000),
});
export type MatchDecisionInput = z.infer<typeof MatchDecisionInput>;

// ---- Reintegration ----

export const ReintegrationAssessmentInput = z.object({
  assessedOn: dateField('Assessment date'),
  familyCapacity: requiredField("The family's capacity", 4000),
  /** The child's wishes and fears, in the child's own words. */
  childWishes: requiredField("The child's wishes, in the child's words", 4000),
  childFears: optionalField("The child's fears, in the child's words", 4000),
  safety: requiredField('Safety', 4000),
  schoolPlan: requiredField('School plan', 2000),
  healthPlan: requiredField('Health plan', 2000),
});
export type ReintegrationAssessmentInput = z.infer<typeof ReintegrationAssessmentInput>;

export const ReintegrationAssessment = ReintegrationAssessmentInput.extend({ ...caseRecordShape, ...Approval.shape });
export type ReintegrationAssessment = z.infer<typeof ReintegrationAssessment>;

export const reintegrationStepKinds = ['preparation_visit', 'family_meeting', 'visit_home', 'move', 'school_enrolment', 'follow_up', 'other'] as const;
export type ReintegrationStepKind = (typeof reintegrationStepKinds)[number];

export const ReintegrationStepInput = z.object({
  kind: choiceField('Step', reintegrationStepKinds),
  description: optionalField('Description', 1000),
  owner: requiredField('Owner', 200),
  dueOn: dateField('Due date'),
});
export type ReintegrationStepInput = z.infer<typeof ReintegrationStepInput>;

export const ReintegrationStep = ReintegrationStepInput.extend({
  id: z.string(),
  caseId: z.string(),
  version: Version,
  doneOn: z.string().nullable(),
});
export type ReintegrationStep = z.infer<typeof ReintegrationStep>;

/** Where a child in (or coming out of) residential care is on the way home. */
export const reintegrationStages = ['not_traced', 'tracing', 'family_found', 'preparing', 'returned', 'follow_up', 'closed'] as const;
export type ReintegrationStage = (typeof reintegrationStages)[number];
