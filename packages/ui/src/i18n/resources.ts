// The shape of translation bundles, and typed keys for every t('...') call.
// Which strings a portal ships is decided in its own file (staff-, hive-, supporters-resources.ts),
// so one portal's bundle never statically imports another's strings.

import type common from '../locales/en/common.json';
import type errors from '../locales/en/errors.json';
import type values from '../locales/en/values.json';
import type staff from '../locales/en/staff.json';
import type hive from '../locales/en/hive.json';
import type supporters from '../locales/en/supporters.json';
import type families from '../locales/en/families.json';
import type programmes from '../locales/en/programmes.json';
import type tracing from '../locales/en/tracing.json';
import type alerts from '../locales/en/alerts.json';
import type committees from '../locales/en/committees.json';
import type donors from '../locales/en/donors.json';
import type merge from '../locales/en/merge.json';
import type feedback from '../locales/en/feedback.json';
import type health from '../locales/en/health.json';

/** English is the reference: every other language has exactly its keys (see locales.test.ts). */
export type EnglishResources = {
  common: typeof common;
  errors: typeof errors;
  values: typeof values;
  staff: typeof staff;
  hive: typeof hive;
  supporters: typeof supporters;
  families: typeof families;
  programmes: typeof programmes;
  tracing: typeof tracing;
  alerts: typeof alerts;
  committees: typeof committees;
  donors: typeof donors;
  merge: typeof merge;
  feedback: typeof feedback;
  health: typeof health;
};
export type Namespace = keyof EnglishResources;

export type Bundle = Partial<Record<Namespace, object>>;
/** Each language's strings, or a loader for a language most people of this portal never pick. */
export type PortalResources = Record<'en' | 'km', Bundle | (() => Promise<Bundle>)>;

// Types every t('...') call against the English files, so a misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: EnglishResources;
  }
}
