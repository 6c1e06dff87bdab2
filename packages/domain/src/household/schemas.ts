// A household: where a child lives or could live, its members and means.
import { z } from 'zod';
import { VillageCode } from '../geography/schemas';
import { IsoDate, Version, requiredText, text } from '../common/schemas';
import { sexes } from '../child/schemas';

export const relationships = [
  'mother', 'father', 'grandmother', 'grandfather', 'aunt', 'uncle', 'sibling', 'cousin',
  'stepmother', 'stepfather', 'foster_parent', 'other_relative', 'non_relative', 'child',
] as const;
export const idPoorStatuses = ['level_1', 'level_2', 'not_poor', 'not_assessed'] as const;
export const incomeSources = [
  'farming', 'fishing', 'daily_labour', 'small_business', 'factory', 'migration_remittance',
  'government_support', 'none', 'other',
] as const;

export const HouseholdMemberInput = z.object({
  nameKm: requiredText(120),
  nameLatin: text(120).default(''),
  sex: z.enum(sexes),
  dateOfBirth: IsoDate.nullable().default(null),
  relationship: z.enum(relationships),
  isCaregiver: z.boolean().default(false),
  phone: text(30).default(''),
});
export type HouseholdMemberInput = z.infer<typeof HouseholdMemberInput>;

export const HouseholdInput = z.object({
  villageCode: VillageCode,
  idPoor: z.enum(idPoorStatuses),
  incomeSources: z.array(z.enum(incomeSources)).default([]),
  address: text(300).default(''),
  members: z.array(HouseholdMemberInput).max(40).default([]),
});
export type HouseholdInput = z.infer<typeof HouseholdInput>;

export const HouseholdMember = HouseholdMemberInput.extend({ id: z.string() });
export const Household = HouseholdInput.extend({
  id: z.string(),
  version: Version,
  communeCode: z.string(),
  members: z.array(HouseholdMember),
});
export type Household = z.infer<typeof Household>;
