// One merge field's value as a person reads it: choices in their words, dates in their calendar, lists joined.
import type { MergeValue } from '@kruosar/domain';
import { Callout } from '@radix-ui/themes';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, formatDate, loadMergeStrings } from '@kruosar/ui';

type Locale = Parameters<typeof formatDate>[1];

const valueLists: Record<string, string> = {
  sex: 'sex', disability: 'disability', schoolStatus: 'schoolStatus', birthRegistration: 'birthRegistration', idPoor: 'idPoor', incomeSources: 'incomeSource',
};

/** Keys here are built from field names at run time, so they are looked up untyped. */
type Translate = (key: string) => string;

export function formatMergeValue(translate: unknown, locale: Locale, field: string, value: MergeValue | undefined): string {
  const t = translate as Translate;
  if (value === null || value === undefined || value === '') return t('merge:empty');
  if (typeof value === 'boolean') return value ? t('merge:yes') : t('merge:no');
  const list = valueLists[field];
  if (Array.isArray(value)) return value.length ? value.map((v) => (list ? t(`values:${list}.${v}`) : v)).join(', ') : t('merge:empty');
  if (list) return t(`values:${list}.${value}`);
  if (field === 'dateOfBirth') return formatDate(value, locale);
  return value;
}

/** A refused merge or undo, in the person's language: the server's reason key, else the generic one. */
export function MergeError({ error }: { error: unknown }) {
  const { i18n } = useTranslation();
  if (!error) return null;
  return (
    <Callout.Root color="red" role="alert" data-testid="merge-error">
      <Callout.Text>{errorMessage(error, i18n)}</Callout.Text>
    </Callout.Root>
  );
}

/** Waits (Suspense) until the merge strings are loaded; call before any useTranslation('merge'). */
export function useMergeStrings(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'merge')) use(loadMergeStrings(i18n));
}
