// @kruosar/ui for staff and supporters: Radix-based pieces plus the shared i18n, formatting and client.
// Hive imports '@kruosar/ui/hive-lite' instead, which stays free of Radix and react-query.
export { initI18n, chooseLocale, applyAccountLocale, browserLocale, currentLocale, storedLocale, isLocale, supportedLocales } from './i18n/init';
export type { I18nOptions, PortalI18n } from './i18n/init';
export { staffResources } from './i18n/staff-resources';
export { supportersResources } from './i18n/supporters-resources';
export type { PortalResources, Namespace, Bundle } from './i18n/resources';
export { useLocale } from './i18n/use-locale';
export { loadTracingStrings } from './i18n/tracing-strings';
export { loadMergeStrings } from './i18n/merge-strings';
export { formatDate, formatNumber, formatYear, displayTimeZone } from './format/format';
export type { Digits, DateOptions, NumberOptions } from './format/format';
export { createPortalClient, portalEndpoint } from './client/portal-client';
export { describeError, errorMessage, isClientMistake, fieldMessageKey } from './client/errors';
export type { PortalError, ErrorKey } from './client/errors';
export { fieldMessagesOf, fieldMessageOfIssue, fieldMessageOfType } from './forms/zod-issues';
export type { FieldMessage } from './forms/zod-issues';
export { usePageTitle } from './page-title';
export { createPortalQueryClient, forgetSession } from './query/query-client';
export { KruosarTheme, themeConfig } from './components/kruosar-theme';
export { AppShell } from './components/app-shell';
export type { AppShellProps } from './components/app-shell';
export { LanguageSwitch, languageChoices } from './components/language-switch';
export { AccountSummary } from './components/account-summary';
export { SignInScreen } from './components/sign-in-screen';
export { LoadingState, ErrorState, EmptyState } from './components/states';
export { Pagination, pageRange } from './components/pagination';
export { FieldError } from './components/field-error';
export { FieldHint, FieldLabel } from './components/field-label';
