// Loading, failed and empty states in plain HTML, worded like the Radix ones.
import type { ReactNode } from 'react';
import { useTranslation } from './i18n';
import { errorMessage } from '../client/errors';

export function Spinner() {
  return <span className="kr-spinner" aria-hidden="true" />;
}

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="kr-state" role="status">
      <p>
        <Spinner /> {label ?? t('state.loading')}
      </p>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation(['common', 'errors']);
  return (
    <div className="kr-callout kr-callout-danger" role="alert">
      <p>
        <strong>{t('state.errorTitle')}</strong>
      </p>
      <p>{errorMessage(error, i18n)}</p>
      {onRetry ? (
        <p style={{ marginTop: 'var(--kr-space-2)' }}>
          <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={onRetry}>
            {t('state.retry')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

export type EmptyStateProps = { title: string; body?: string; action?: ReactNode; headingLevel?: 'h2' | 'h3' };

export function EmptyState({ title, body, action, headingLevel: Heading = 'h2' }: EmptyStateProps) {
  return (
    <div className="kr-card kr-state">
      <Heading style={{ margin: 0 }}>{title}</Heading>
      {body ? <p className="kr-muted">{body}</p> : null}
      {action}
    </div>
  );
}
