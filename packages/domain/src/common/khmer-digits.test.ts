import { describe, expect, it } from 'vitest';
import { asciiToKhmerDigits, khmerToAsciiDigits, stripZeroWidth } from './khmer-digits';
import { IsoDate, intFromInput } from './schemas';

describe('Khmer digits', () => {
  it('converts Khmer digits to ASCII and back', () => {
    expect(khmerToAsciiDigits('០១២៣៤៥៦៧៨៩')).toBe('0123456789');
    expect(asciiToKhmerDigits('2032')).toBe('២០៣២');
  });
  it('accepts Khmer digits in numbers and dates', () => {
    expect(intFromInput.parse('១២')).toBe(12);
    expect(IsoDate.parse('២០១៥-០៣-០៧')).toBe('2015-03-07');
    expect(IsoDate.safeParse('2015-02-30x').success).toBe(false);
    expect(IsoDate.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('1 Jan 2026').success).toBe(false);
  });
  it('never keeps zero-width spaces', () => {
    expect(stripZeroWidth('សុខ\u200bសាន្ត')).toBe('សុខសាន្ត');
  });
});
