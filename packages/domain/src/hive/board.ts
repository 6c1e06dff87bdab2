// The volunteers' hive board: a commune's open needs by category, as counts only.
import { z } from 'zod';
import { openNeedStatuses } from './need-status';
import { needCategories, type NeedCategory, type NeedStatus } from './schemas';

/**
 * Counts only, never names, descriptions or villages: the board is seen by every volunteer of the commune, who
 * know the families. Small counts are fine here (unlike the supporters portal) because the volunteers reported
 * these needs themselves; identifying text is what must not travel.
 */
export const HiveBoardCounts = z.object({
  total: z.number().int().nonnegative(),
  byCategory: z.array(z.object({ category: z.enum(needCategories), count: z.number().int().nonnegative() })),
});
export type HiveBoardCounts = z.infer<typeof HiveBoardCounts>;

const isOpen = (status: NeedStatus) => (openNeedStatuses as readonly NeedStatus[]).includes(status);

/**
 * Open means still waiting for a staff decision (received or triaged). Every category is listed, zeros included,
 * in the value-list order, so the board's layout does not jump as needs come and go.
 */
export function boardCounts(needs: readonly { category: NeedCategory; status: NeedStatus }[]): HiveBoardCounts {
  const counts = new Map<NeedCategory, number>(needCategories.map((c) => [c, 0]));
  for (const need of needs) {
    const count = counts.get(need.category);
    // An unknown category (bad row) is skipped rather than shown as a new, unlabelled line.
    if (isOpen(need.status) && count !== undefined) counts.set(need.category, count + 1);
  }
  const byCategory = needCategories.map((category) => ({ category, count: counts.get(category) ?? 0 }));
  return { total: byCategory.reduce((sum, c) => sum + c.count, 0), byCategory };
}
