// Log the hours of a shift that has happened: quarters of an hour, up to 24, with a note (needed, saying why, for
// more hours than the shift lasted).
import { Box, Button, Flex, Text, TextField } from '@radix-ui/themes';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, describeError, errorMessage } from '@kruosar/ui';
import { hoursNeedReason } from '@kruosar/domain';
import { parseHours } from './hours';
import { useLogHours } from './use-volunteering';

export function HoursForm({ signupId, title, shift }: { signupId: string; title: string; shift: { startTime: string; endTime: string } }) {
  const { t, i18n } = useTranslation(['supporters', 'errors']);
  const id = useId();
  const logHours = useLogHours();
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState(false);
  const [noteNeeded, setNoteNeeded] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseHours(hours);
    setProblem(value === null);
    const needsReason = value !== null && hoursNeedReason(value, shift, note);
    setNoteNeeded(needsReason);
    if (needsReason) document.getElementById(`${id}-note`)?.focus();
    else if (value !== null) logHours.mutate({ signupId, hours: value, note: note.trim() });
  };
  const serverField = logHours.error ? describeError(logHours.error).fieldErrors?.hours : undefined;

  return (
    <Box asChild mt="3">
      <form onSubmit={submit} aria-label={t('volunteer.hours.formLabel', { title })} noValidate>
        <Flex gap="3" wrap="wrap" align="end">
          <Flex direction="column" gap="1">
            <Text as="label" htmlFor={`${id}-hours`} size="2" weight="bold">
              {t('volunteer.hours.hours')}
            </Text>
            <TextField.Root
              id={`${id}-hours`}
              inputMode="decimal"
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              aria-invalid={problem || serverField ? true : undefined}
              aria-describedby={`${id}-hours-hint${problem || serverField ? ` ${id}-hours-error` : ''}`}
              style={{ width: '7rem' }}
            />
          </Flex>
          <Flex direction="column" gap="1" style={{ flexGrow: 1, minWidth: '12rem' }}>
            <Text as="label" htmlFor={`${id}-note`} size="2" weight="bold">
              {t('volunteer.hours.note')}
            </Text>
            <TextField.Root
              id={`${id}-note`}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={noteNeeded ? true : undefined}
              aria-describedby={noteNeeded ? `${id}-note-error` : undefined}
            />
          </Flex>
          <Button type="submit" loading={logHours.isPending}>
            {t('volunteer.hours.submit')}
          </Button>
        </Flex>
        <Text as="p" id={`${id}-hours-hint`} size="1" color="gray" mt="1">
          {t('volunteer.hours.hint')}
        </Text>
        {problem ? <FieldError id={`${id}-hours-error`} serverMessage={t('volunteer.hours.invalid')} /> : null}
        {!problem && serverField ? <FieldError id={`${id}-hours-error`} serverMessage={serverField} /> : null}
        {noteNeeded ? <FieldError id={`${id}-note-error`} serverMessage={t('errors:hoursBeyondShift')} /> : null}
        {logHours.isError && !serverField ? (
          <Text as="p" color="red" role="alert" size="2" mt="1">
            {errorMessage(logHours.error, i18n)}
          </Text>
        ) : null}
      </form>
    </Box>
  );
}
