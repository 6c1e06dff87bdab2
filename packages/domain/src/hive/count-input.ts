// A typed count (Khmer digits accepted) for hive forms; internal to the hive module, not exported from the package.
import { z } from 'zod';
import { intFromInput } from '../common/schemas';

/**
 * intFromInput turns an empty box into 0 (Number('') is 0); a count nobody typed must be refused, not recorded
 * as zero, so an empty string becomes "missing" first.
 */
export const countInput = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), intFromInput.pipe(z.number().min(0).max(max)));
