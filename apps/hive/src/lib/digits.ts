// Khmer screens write every number in Khmer digits (dates, counts), English screens in Latin ones.
import type { Digits } from '@kruosar/ui/hive-lite';

export const digitsFor = (locale: string): Digits => (locale === 'km' ? 'khmer' : 'latin');
