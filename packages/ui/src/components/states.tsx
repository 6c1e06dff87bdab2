// Loading, failed and empty: every screen says which one it is in, the same way.
import { Box, Button, Callout, Card, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../client/errors';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation(['common', 'errors', 'values']);
  return (
    <Flex role="status" align="center" gap="2" py="6" justify="center">
      <Spinner size="2" />
      <Text color="gray">{label ?? t('state.loading')}</Text>
    </Flex>
  );
}

export type ErrorStateProps = { error: unknown; onRetry?: () => void };

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t, i18n } = useTranslation(['common', 'errors', 'values']);
  return (
    <Callout.Root color="red" role="alert" my="4">
      <Callout.Text weight="bold">{t('state.errorTitle')}</Callout.Text>
      <Callout.Text>{errorMessage(error, i18n)}</Callout.Text>
      {onRetry ? (
        <Box>
          <Button type="button" variant="soft" color="red" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        </Box>
      ) : null}
    </Callout.Root>
  );
}

export type EmptyStateProps = { title: string; body?: string; action?: ReactNode; headingLevel?: 'h2' | 'h3' };

export function EmptyState({ title, body, action, headingLevel = 'h2' }: EmptyStateProps) {
  return (
    <Card size="3" my="4" variant="surface">
      <Flex direction="column" gap="2" align="start">
        <Heading as={headingLevel} size="4">
          {title}
        </Heading>
        {body ? <Text color="gray">{body}</Text> : null}
        {action}
      </Flex>
    </Card>
  );
}
