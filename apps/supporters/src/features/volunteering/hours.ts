// Hours as a volunteer types them, checked the way the server checks them (quarters of an hour, at most 24).
import { khmerToAsciiDigits } from '@kruosar/domain';

/** Khmer digits are welcome; a comma works as the decimal point too. */
export function parseHours(text: string): number | null {
  const latin = khmerToAsciiDigits(text.trim()).replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(latin)) return null;
  const hours = Number(latin);
  return hours >= 0.25 && hours <= 24 && Number.isInteger(hours * 4) ? hours : null;
}
