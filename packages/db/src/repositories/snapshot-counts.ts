// True counts of distinct people for any place and period, from spells: what protectPublication needs as RawCount.
import { reportPeriodKey, type RawCount, type ReportPeriod } from '@kruosar/domain';
import type { Spell } from './snapshot-facts';

/** First and last day of quarters from..to. */
export function periodDays(p: ReportPeriod): { start: string; end: string } {
  const startMonth = (p.from - 1) * 3 + 1;
  const endMonthNext = p.to * 3 + 1;
  const start = `${p.year}-${String(startMonth).padStart(2, '0')}-01`;
  const afterEnd = endMonthNext > 12 ? `${p.year + 1}-01-01` : `${p.year}-${String(endMonthNext).padStart(2, '0')}-01`;
  const end = new Date(Date.parse(`${afterEnd}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { start, end };
}

/**
 * The quarters of one year already published, with the time each was first frozen for publication (quarter 1
 * first; never decreasing, since a later snapshot restates the earlier quarters as they stood).
 */
export type PublishedQuarters = { year: number; freezes: readonly string[] };

const quarterStart = (year: number, quarter: number) => `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A record entered after its quarter was published counts from the first quarter it could still be counted in:
 * an event moves to that quarter's first day, a stay is cut to start there. Published figures then stand as they
 * were (the disclosure rules keep them fixed), instead of contradicting what is published. Null: nothing is left.
 */
function asRecorded(s: Spell, published: PublishedQuarters): Spell | null {
  const late = published.freezes.filter((frozenAt) => frozenAt < s.recordedAt).length;
  if (late === 0) return s;
  const yearStart = quarterStart(published.year, 1);
  const cut = quarterStart(published.year, late + 1);
  if (s.event) return s.from >= yearStart && s.from < cut ? { ...s, from: cut, until: nextDay(cut) } : s;
  if (s.from >= cut || (s.until !== null && s.until <= yearStart)) return s;
  return s.until !== null && s.until <= cut ? null : { ...s, from: cut };
}

/** Count per commune; a place's count is the sum over its communes, so places always add up. */
type CommuneCounts = Map<string, number>;

function tally(attributed: Map<string, string>): CommuneCounts {
  const counts: CommuneCounts = new Map();
  for (const commune of attributed.values()) counts.set(commune, (counts.get(commune) ?? 0) + 1);
  return counts;
}

/**
 * People counted in one quarter only: each person at their first event of the year, in that event's commune. A
 * child reunified twice in a year counts once, in the quarter of the first, so quarters add up to the year.
 */
function firstEventsOfYear(spells: readonly Spell[], year: number): Map<string, Spell> {
  const first = new Map<string, Spell>();
  const prefix = `${year}-`;
  for (const s of spells) {
    if (!s.from.startsWith(prefix)) continue;
    const seen = first.get(s.person);
    if (!seen || s.from < seen.from) first.set(s.person, s);
  }
  return first;
}

/** People present at some time in the period (a stock), each in the commune of their latest spell in it. */
function presentIn(spells: readonly Spell[], period: ReportPeriod): Map<string, string> {
  const { start, end } = periodDays(period);
  const latest = new Map<string, Spell>();
  for (const s of spells) {
    if (s.from > end || (s.until !== null && s.until <= start)) continue;
    const seen = latest.get(s.person);
    if (!seen || s.from >= seen.from) latest.set(s.person, s);
  }
  return new Map([...latest].map(([person, s]) => [person, s.commune]));
}

/**
 * A RawCount over the given spells. Spells in communes outside `communes` (not in the gazetteer) are left out, so
 * every place is exactly the sum of its communes. Results are cached per period; `record` sees every count given.
 * In the year of `published`, records entered after their quarter was published count as recorded (asRecorded).
 */
export function rawCountOf(
  spells: readonly Spell[],
  additiveOverTime: boolean,
  communes: ReadonlySet<string>,
  options: { record?: (geo: string, period: ReportPeriod, count: number) => void; published?: PublishedQuarters } = {},
): RawCount & { lateRecords: number } {
  const { record, published } = options;
  const inGazetteer = spells.filter((s) => communes.has(s.commune));
  const asOfPublication = published ? inGazetteer.map((s) => asRecorded(s, published)) : inGazetteer;
  const lateRecords = asOfPublication.filter((s, i) => s !== inGazetteer[i]).length;
  const spellsOf = (year: number) => (published && year === published.year ? asOfPublication.filter((s): s is Spell => s !== null) : inGazetteer);
  const byPeriod = new Map<string, CommuneCounts>();
  const firstByYear = new Map<number, Map<string, Spell>>();
  const countsOf = (period: ReportPeriod): CommuneCounts => {
    const key = reportPeriodKey(period);
    let counts = byPeriod.get(key);
    if (!counts) {
      if (additiveOverTime) {
        if (!firstByYear.has(period.year)) firstByYear.set(period.year, firstEventsOfYear(spellsOf(period.year), period.year));
        const { start, end } = periodDays(period);
        const inPeriod = new Map<string, string>();
        for (const [person, s] of firstByYear.get(period.year)!) if (s.from >= start && s.from <= end) inPeriod.set(person, s.commune);
        counts = tally(inPeriod);
      } else {
        counts = tally(presentIn(spellsOf(period.year), period));
      }
      byPeriod.set(key, counts);
    }
    return counts;
  };
  const raw = (geo: string, period: ReportPeriod) => {
    let total = 0;
    for (const [commune, n] of countsOf(period)) if (commune.startsWith(geo)) total += n;
    record?.(geo, period, total);
    return total;
  };
  return Object.assign(raw, { lateRecords });
}
