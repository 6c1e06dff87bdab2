// Volunteer shifts in time: when one has ended (no longer offered or joined), and how long it lasts (the most
// hours a volunteer logs for it without saying why).
import { cambodiaTimeOfDay, cambodiaToday } from '../common/cambodia-date';

type ShiftTimes = { shiftDate: string; startTime: string; endTime: string };

/** Ended once its end time has passed in Cambodia; a shift later today is still open. */
export function shiftHasEnded(shift: Pick<ShiftTimes, 'shiftDate' | 'endTime'>, now: Date): boolean {
  const today = cambodiaToday(now);
  return shift.shiftDate < today || (shift.shiftDate === today && shift.endTime <= cambodiaTimeOfDay(now));
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** From start to end, in hours (hh:mm times of one day). */
export function shiftLengthHours(shift: Pick<ShiftTimes, 'startTime' | 'endTime'>): number {
  return (minutesOf(shift.endTime) - minutesOf(shift.startTime)) / 60;
}

/** More hours than the shift lasted (setting up before, staying after) must come with a note saying why. */
export function hoursNeedReason(hours: number, shift: Pick<ShiftTimes, 'startTime' | 'endTime'>, note: string): boolean {
  return hours > shiftLengthHours(shift) && note.trim() === '';
}
