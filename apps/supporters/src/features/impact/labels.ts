// Words for what the published tables carry as ids: indicators, periods, places, notes.
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kruosar/domain';
import { formatNumber, formatYear, useLocale } from '@kruosar/ui';

export type Period = { year: number; from: number; to: number };
export type PlaceName = { nameKm: string; nameLatin: string };

type Translator = { exists: (key: string) => boolean; t: (key: string, options?: Record<string, unknown>) => string };

/** The first of these keys the translation files have (checked at run time, so not typed), else the fallback. */
export function translated(i18n: unknown, keys: string[], fallback: string): string {
  const translator = i18n as Translator;
  const key = keys.find((k) => translator.exists(k));
  return key ? translator.t(key) : fallback;
}

/** "services.counselling" reads "Children who received a service: Counselling"; an unknown id is shown as sent. */
export function indicatorLabelOf(i18n: unknown, id: string): string {
  const service = /^services\.([a-z_]+)$/.exec(id)?.[1];
  if (service) {
    return `${translated(i18n, ['values:impactIndicator.services'], 'services')}: ${translated(i18n, [`values:serviceType.${service}`], service)}`;
  }
  return translated(i18n, [`values:impactIndicator.${id}`, `supporters:figures.${id}`], id);
}

export const placeNameOf = (place: PlaceName, locale: Locale) => (locale === 'km' ? place.nameKm : place.nameLatin);

/** The labels the impact page needs, bound to the reader's language. */
export function useImpactLabels() {
  const { t, i18n } = useTranslation('supporters');
  const locale = useLocale();
  const year = (y: number) => formatYear(y, locale);
  const number = (n: number) => formatNumber(n, locale);
  return {
    locale,
    indicator: (id: string) => indicatorLabelOf(i18n, id),
    note: (note: string) => translated(i18n, [`values:figureNote.${note}`], note),
    place: (place: PlaceName) => placeNameOf(place, locale),
    /** Q2 2026, Q1–Q3 2026, or 2026 for a whole year. */
    period: (p: Period) => {
      if (p.from === 1 && p.to === 4) return t('period.year', { year: year(p.year) });
      if (p.from === p.to) return t('period.quarter', { number: number(p.from), year: year(p.year) });
      return t('period.quarters', { from: number(p.from), to: number(p.to), year: year(p.year) });
    },
    /** A snapshot's "2026-Q3" as a short period. */
    quarter: (quarter: string) => {
      const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
      return match ? t('period.quarter', { number: number(Number(match[2])), year: year(Number(match[1])) }) : quarter;
    },
  };
}
export type ImpactLabels = ReturnType<typeof useImpactLabels>;
