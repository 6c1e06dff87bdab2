// Date of birth from an estimated age, and today's date where the caseworker is (never shifted by UTC).
import { khmerToAsciiDigits } from '@kruosar/domain';

export const MAX_ESTIMATED_AGE = 25;

/** Today as yyyy-mm-dd in the browser's time zone: a form filled at 6 am in Battambang is dated that day. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "About 7 years old" is recorded as born 7 years before today, so the age shown later reads back as 7. */
export function estimatedBirthDate(ageText: string, today: string): string | null {
  const text = khmerToAsciiDigits(ageText.trim());
  if (!/^\d{1,2}$/.test(text)) return null;
  const age = Number(text);
  if (age > MAX_ESTIMATED_AGE) return null;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // 29 February has no twin in most years: use the 28th.
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - age).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
