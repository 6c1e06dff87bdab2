// The reminder a volunteer gets by mail 24 hours before a shift they hold a confirmed place on: when it is due,
// and what it says, in the volunteer's language.
import { asciiToKhmerDigits } from '../common/khmer-digits';

type Shift = { title: string; shiftDate: string; startTime: string; endTime: string; place: string };

export const SHIFT_REMINDER_HOURS = 24;

/** Shift times are Cambodian wall-clock times; Cambodia keeps UTC+7 all year. */
export function shiftStartsAt(shift: Pick<Shift, 'shiftDate' | 'startTime'>): Date {
  return new Date(`${shift.shiftDate}T${shift.startTime}:00+07:00`);
}

/** Due from 24 hours before the start until the start: a sweep that ran late still reminds, one after never does. */
export function shiftReminderDue(shift: Pick<Shift, 'shiftDate' | 'startTime'>, now: Date): boolean {
  const left = shiftStartsAt(shift).getTime() - now.getTime();
  return left > 0 && left <= SHIFT_REMINDER_HOURS * 3_600_000;
}

export function shiftReminderMail(shift: Shift, params: { locale: string; link: string }): { subject: string; body: string } {
  if (params.locale === 'km') {
    const [y, m, d] = shift.shiftDate.split('-');
    const when = asciiToKhmerDigits(`${d}/${m}/${y} ${shift.startTime}–${shift.endTime}`);
    return {
      subject: `ការរំលឹក៖ វេនស្ម័គ្រចិត្ត «${shift.title}» ថ្ងៃស្អែក`,
      body: `សួស្ដី!\n\nអ្នកបានចុះឈ្មោះសម្រាប់វេនស្ម័គ្រចិត្ត៖\n${shift.title}\nពេលវេលា៖ ${when}\nទីកន្លែង៖ ${shift.place}\n\nបើអ្នកមិនអាចមកបាន សូមលុបការចុះឈ្មោះ ដើម្បីឱ្យអ្នកផ្សេងទៀតអាចជំនួសបាន៖ ${params.link}\n\nសូមអរគុណ!\n`,
    };
  }
  const [y, m, d] = shift.shiftDate.split('-');
  return {
    subject: `Reminder: your volunteer shift "${shift.title}" tomorrow`,
    body: `Hello,\n\nYou signed up for this volunteer shift:\n${shift.title}\nWhen: ${d}/${m}/${y} ${shift.startTime}–${shift.endTime}\nWhere: ${shift.place}\n\nIf you cannot come, please cancel your place so someone else can take it: ${params.link}\n\nThank you!\n`,
  };
}
