// The translation files each portal ships: the shared namespaces plus its own, nothing more.
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enValues from '../locales/en/values.json';
import enStaff from '../locales/en/staff.json';
import enHive from '../locales/en/hive.json';
import enSupporters from '../locales/en/supporters.json';
import kmCommon from '../locales/km/common.json';
import kmErrors from '../locales/km/errors.json';
import kmValues from '../locales/km/values.json';
import kmStaff from '../locales/km/staff.json';
import kmHive from '../locales/km/hive.json';
import kmSupporters from '../locales/km/supporters.json';

/** English is the reference: every other language has exactly its keys (see locales.test.ts). */
export const englishResources = {
  common: enCommon,
  errors: enErrors,
  values: enValues,
  staff: enStaff,
  hive: enHive,
  supporters: enSupporters,
};
export type Namespace = keyof typeof englishResources;
export const namespaces = Object.keys(englishResources) as Namespace[];

type Bundle = Partial<Record<Namespace, object>>;
export type PortalResources = { en: Bundle; km: Bundle };

// One constant per portal so a bundler drops the namespaces a portal does not import.
export const staffResources: PortalResources = {
  en: { common: enCommon, errors: enErrors, values: enValues, staff: enStaff },
  km: { common: kmCommon, errors: kmErrors, values: kmValues, staff: kmStaff },
};

export const hiveResources: PortalResources = {
  en: { common: enCommon, errors: enErrors, values: enValues, hive: enHive },
  km: { common: kmCommon, errors: kmErrors, values: kmValues, hive: kmHive },
};

export const supportersResources: PortalResources = {
  en: { common: enCommon, errors: enErrors, values: enValues, supporters: enSupporters },
  km: { common: kmCommon, errors: kmErrors, values: kmValues, supporters: kmSupporters },
};

// Types every t('...') call against the English files, so a misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof englishResources;
  }
}
