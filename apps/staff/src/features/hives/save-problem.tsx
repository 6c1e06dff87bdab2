// A refused hive save: a conflict (someone changed the record since it was read) offers Reload and keeps the form
// as typed; anything else says what went wrong in the person's language.
import { Box, Button, Callout } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { describeError, errorMessage } from '@kruosar/ui';
import type { Problems } from './form-field';

export function SaveProblem({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t, i18n } = useTranslation(['staff', 'errors']);
  if (!error) return null;
  if (describeError(error).code === 'CONFLICT') {
    return (
      <Callout.Root color="amber" role="alert" data-testid="conflict">
        <Callout.Text weight="bold">{t('hives.conflict.title')}</Callout.Text>
        <Callout.Text>{t('hives.conflict.body')}</Callout.Text>
        <Box>
          <Button type="button" variant="soft" color="amber" highContrast onClick={onReload}>
            {t('hives.conflict.reload')}
          </Button>
        </Box>
      </Callout.Root>
    );
  }
  return (
    <Callout.Root color="red" role="alert">
      <Callout.Text>{errorMessage(error, i18n)}</Callout.Text>
    </Callout.Root>
  );
}

/** The server's field problems (by field path), to show beside the fields. */
export function serverProblems(error: unknown): Problems {
  return describeError(error).fieldErrors ?? {};
}
