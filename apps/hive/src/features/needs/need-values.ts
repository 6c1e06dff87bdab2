// The need value lists the form shows, without zod: the domain keeps them in the same module as
// its zod schemas, and importing them from there would put zod in the hive's first load.
// need-values.test.ts fails if these drift from the domain's lists.
import type { NeedCategory, NeedUrgency } from '@kruosar/domain';

export const needCategories: readonly NeedCategory[] = [
  'child_at_risk_of_separation', 'violence_or_abuse', 'food', 'school', 'health', 'disability',
  'documents', 'shelter', 'livelihood', 'other',
];

export const needUrgencies: readonly NeedUrgency[] = ['urgent', 'soon', 'can_wait'];

export const NEED_DESCRIPTION_MAX = 2000;
