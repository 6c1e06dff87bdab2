// Dates as Cambodia counts them: UTC+7 all year, no daylight saving, so "today" is the day in Battambang.
const CAMBODIA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today in Cambodia as yyyy-mm-dd: the day due dates, shifts and quarters are counted by, on server and portals alike. */
export function cambodiaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CAMBODIA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The time of day in Cambodia now, as hh:mm (24 hours), the way shift times are written. */
export function cambodiaTimeOfDay(now: Date = new Date()): string {
  return new Date(now.getTime() + CAMBODIA_OFFSET_MS).toISOString().slice(11, 16);
}
