// The staff portal's strings: the shared namespaces and its own, one chunk per language, fetched before the first
// paint in the language shown and the other only when someone switches (the tracing screens' strings come with
// those screens: i18n/tracing-strings.ts).
import type { PortalResources } from './resources';

export const staffResources: PortalResources = {
  en: () => import('./staff-english').then((m) => m.staffEnglish),
  km: () => import('./staff-khmer').then((m) => m.staffKhmer),
};
