import { describe, expect, it } from 'vitest';
import * as domain from '@kruosar/domain';
import { NEED_DESCRIPTION_MAX, needCategories, needUrgencies } from './need-values';

describe("hive's zod-free copy of the need value lists", () => {
  it('matches the domain, in the same order', () => {
    expect(needCategories).toEqual(domain.needCategories);
    expect(needUrgencies).toEqual(domain.needUrgencies);
    expect(NEED_DESCRIPTION_MAX).toBe(domain.NEED_DESCRIPTION_MAX);
  });
});
