// @kruosar/ui/hive-lite: what the hive portal needs and nothing heavier. No Radix, no react-query,
// so the hive's first load stays under its 100 KB budget on a cheap phone and a slow network.
export { initI18n } from './lite/init';
export { chooseLocale, applyAccountLocale, currentLocale, storedLocale, isLocale } from './i18n/init-core';
export type { PortalI18n } from './i18n/init-core';
export { hiveResources } from './i18n/hive-resources';
export { I18nProvider, useTranslation, useLocale } from './lite/i18n';
export { formatDate, formatNumber, formatYear } from './format/format';
export type { Digits } from './format/format';
export { createPortalClient } from './client/portal-client';
export { describeError, errorMessage, isClientMistake, fieldMessageKey } from './client/errors';
export type { PortalError, ErrorKey } from './client/errors';
export { fieldMessagesOf, fieldMessageOfIssue } from './forms/zod-issues';
export type { FieldMessage } from './forms/zod-issues';
export { usePageTitle } from './page-title';
export { AppShell, AccountSummary } from './lite/app-shell';
export { LanguageSwitch } from './lite/language-switch';
export { SignInScreen } from './lite/sign-in-screen';
export { LoadingState, ErrorState, EmptyState, Spinner } from './lite/states';
