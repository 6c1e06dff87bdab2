// The hive frame: skip link, header (brand, language, account) and main, in plain HTML.
import type { ReactNode } from 'react';
import { useTranslation } from './i18n';
import type { CurrentUser, Portal } from '@kruosar/domain';
import { LanguageSwitch } from './language-switch';

export type AppShellProps = { portal: Portal; account?: ReactNode; children: ReactNode };

export function AppShell({ portal, account, children }: AppShellProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="kr-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="kr-header">
        <p className="kr-brand">
          {t('brand')}
          <small>{t(`portals.${portal}`)}</small>
        </p>
        <div className="kr-header-actions">
          <LanguageSwitch />
          {account}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="kr-main">
        {children}
      </main>
    </>
  );
}

export type AccountSummaryProps = {
  user: Pick<CurrentUser, 'displayName' | 'role'>;
  onSignOut: () => void;
  signingOut?: boolean;
};

export function AccountSummary({ user, onSignOut, signingOut = false }: AccountSummaryProps) {
  const { t } = useTranslation(['common', 'values']);
  return (
    <div className="kr-header-actions" role="group" aria-label={t('account.label')}>
      <p className="kr-account" style={{ margin: 0 }}>
        <span data-testid="account-name">
          <strong>{user.displayName}</strong>
        </span>
        <span>{t(`values:role.${user.role}`)}</span>
      </p>
      <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={onSignOut} disabled={signingOut}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
