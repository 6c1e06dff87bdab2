// Where a child lives, as a history of placements with start, end and reason (docs/DESIGN.md §4).
import { z } from 'zod';
import { isRealDate } from '../case-workflow/calendar';
import { relationships } from '../household/schemas';
import { caseRecordShape, choiceField, dateField, optionalField, requiredField } from '../case-workflow/fields';

export const placementTypes = [
  'biological_family', 'kinship_care', 'foster_care_emergency', 'foster_care_long_term', 'domestic_adoption',
  'residential_care', 'independent_living',
] as const;
export type PlacementType = (typeof placementTypes)[number];

/** Family-based care: what the NGO works towards, and what "reunified" means when coming from an institution. */
export const familyBasedPlacementTypes = [
  'biological_family', 'kinship_care', 'foster_care_emergency', 'foster_care_long_term', 'domestic_adoption',
] as const satisfies readonly PlacementType[];

const placementShape = z.object({
  type: choiceField('Placement type', placementTypes),
  startDate: dateField('Placement start date'),
  /** Null while the child still lives there. */
  endDate: dateField('Placement end date').nullable().default(null),
  reason: requiredField('Placement reason', 2000),
  /** The household the child lives with, for family-based placements known to Kruosar. */
  householdId: z.string().nullable().default(null),
  /** The carer or institution, as written on the MoSVY placement form. */
  carerName: optionalField('Carer or institution name', 200),
  /** For kinship care: how the carer is related to the child. */
  relationshipToChild: choiceField('Relationship to the child', relationships).nullable().default(null),
  notes: optionalField('Placement notes', 4000),
});

export const PlacementInput = placementShape.superRefine((v, ctx) => {
  if (v.endDate !== null && isRealDate(v.endDate) && isRealDate(v.startDate) && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Placement end date cannot be before its start date' });
  }
});
export type PlacementInput = z.infer<typeof PlacementInput>;

export const Placement = placementShape.extend(caseRecordShape);
export type Placement = z.infer<typeof Placement>;
