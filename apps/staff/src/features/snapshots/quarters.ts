// The quarters an analyst may build: those that have ended (in Cambodia), newest first.

/** Today in Cambodia as yyyy-mm-dd, the day the server decides by. */
export { cambodiaToday } from '@kruosar/domain';

/** The last `count` quarters that ended before `today`, as "2026-Q3", newest first. */
export function endedQuarters(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  let index = year * 4 + (current - 1) - 1;
  const quarters: string[] = [];
  for (let i = 0; i < count; i++, index--) quarters.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  return quarters;
}

export function parseQuarter(quarter: string): { year: number; number: number } | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? { year: Number(match[1]), number: Number(match[2]) } : null;
}
