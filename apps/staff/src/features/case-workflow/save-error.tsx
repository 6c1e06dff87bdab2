// A failed save: a conflict offers Reload and keeps what was typed; other failures say what went wrong.
import { Box, Button, Callout } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { describeError, errorMessage } from '@kruosar/ui';

type Props = {
  error: unknown;
  /** Read the record again (its new version), keeping the form as the person filled it in. */
  onReload: () => void;
};

export function SaveError({ error, onReload }: Props) {
  const { t, i18n } = useTranslation(['staff', 'errors']);
  if (!error) return null;
  if (describeError(error).code === 'CONFLICT') {
    return (
      <Callout.Root color="amber" role="alert" data-testid="conflict">
        <Callout.Text weight="bold">{t('errors:conflict')}</Callout.Text>
        <Callout.Text>{t('staff:caseWork.conflictKeepsInput')}</Callout.Text>
        <Box>
          <Button type="button" variant="soft" color="amber" highContrast onClick={onReload}>
            {t('staff:caseWork.reload')}
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

/**
 * The server's field problems, to show beside their fields. A domain rule names its field and sends an i18n
 * key, which is shown translated; a schema problem sends the domain's own text.
 */
/** Puts the server's field messages beside their fields (type 'server': the field shows the message as sent). */
export function showServerFieldErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): void {
  for (const { path, message } of serverFieldErrors(error)) setError(path as Path<T>, { type: 'server', message });
}

function serverFieldErrors(error: unknown): { path: string; message: string }[] {
  const { messageKey, fieldErrors } = describeError(error);
  if (!fieldErrors) return [];
  const specific = messageKey !== 'errors:invalid';
  return Object.entries(fieldErrors).map(([path, message]) => ({ path, message: specific ? messageKey.replace(':', '.') : message }));
}
