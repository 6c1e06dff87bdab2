// Offer a shift: title, commune, date and times, places, and whether it is near children (then sign-ups wait
// for safeguarding).
import { Button, Callout, Card, Checkbox, Flex, Grid, Heading, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, describeError, errorMessage, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { VolunteeringSteps } from './use-volunteering';

type Input = { title: string; description: string; communeCode: string; shiftDate: string; startTime: string; endTime: string; capacity: string; nearChildren: boolean };
const EMPTY: Input = { title: '', description: '', communeCode: '', shiftDate: '', startTime: '09:00', endTime: '12:00', capacity: '4', nearChildren: false };
const REQUIRED: (keyof Input)[] = ['title', 'communeCode', 'shiftDate', 'startTime', 'endTime', 'capacity'];

function Field({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: ReactNode }) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={id} id={`${id}-label`} size="2" weight="bold">
        {label}
      </Text>
      {children}
      {error ? <FieldError id={`${id}-error`} serverMessage={error} /> : null}
    </Flex>
  );
}

export function OpportunityForm({ steps, onDone }: { steps: VolunteeringSteps; onDone: () => void }) {
  const { t, i18n } = useTranslation(['staff', 'errors']);
  const locale = useLocale();
  const trpc = useTRPC();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const [input, setInput] = useState(EMPTY);
  const [missing, setMissing] = useState<Set<keyof Input>>(new Set());
  const create = steps.createOpportunity;
  const server = create.error ? (describeError(create.error).fieldErrors ?? {}) : {};
  const errorOf = (key: keyof Input) => (missing.has(key) ? 'errors.field.required' : server[key]);
  const aria = (id: string, key: keyof Input) => (errorOf(key) ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});
  const set = (key: keyof Input) => (value: string) => setInput((old) => ({ ...old, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = new Set(REQUIRED.filter((key) => String(input[key]).trim() === ''));
    setMissing(empty);
    if (empty.size > 0) return;
    create.mutate(
      { ...input, title: input.title.trim(), description: input.description.trim(), capacity: Number(input.capacity) },
      {
        onSuccess: () => {
          setInput(EMPTY);
          onDone();
        },
      },
    );
  };

  return (
    <Card size="3" asChild>
      <form onSubmit={submit} noValidate aria-labelledby="opportunity-form-heading">
        <Heading as="h2" id="opportunity-form-heading" size="4" mb="3">
          {t('volunteering.form.heading')}
        </Heading>
        <Flex direction="column" gap="4">
          <Field id="opportunity-title" label={t('volunteering.form.title')} error={errorOf('title')}>
            <TextField.Root id="opportunity-title" value={input.title} maxLength={120} onChange={(e) => set('title')(e.target.value)} {...aria('opportunity-title', 'title')} />
          </Field>
          <Field id="opportunity-description" label={t('volunteering.form.description')} error={errorOf('description')}>
            <TextArea id="opportunity-description" value={input.description} maxLength={2000} onChange={(e) => set('description')(e.target.value)} />
          </Field>
          <Grid columns={{ initial: '1', sm: '2', md: '4' }} gap="4">
            <Field id="opportunity-commune" label={t('volunteering.form.commune')} error={errorOf('communeCode')}>
              <Select.Root value={input.communeCode} onValueChange={set('communeCode')}>
                <Select.Trigger
                  id="opportunity-commune"
                  placeholder={t('volunteering.form.choose')}
                  aria-labelledby="opportunity-commune-label opportunity-commune"
                  {...aria('opportunity-commune', 'communeCode')}
                />
                <Select.Content position="popper">
                  {(communes.data ?? []).map((c) => (
                    <Select.Item key={c.code} value={c.code}>
                      {locale === 'km' ? c.nameKm : c.nameLatin}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Field>
            <Field id="opportunity-date" label={t('volunteering.form.date')} error={errorOf('shiftDate')}>
              <TextField.Root id="opportunity-date" type="date" value={input.shiftDate} onChange={(e) => set('shiftDate')(e.target.value)} {...aria('opportunity-date', 'shiftDate')} />
            </Field>
            <Field id="opportunity-start" label={t('volunteering.form.start')} error={errorOf('startTime')}>
              <TextField.Root id="opportunity-start" type="time" value={input.startTime} onChange={(e) => set('startTime')(e.target.value)} {...aria('opportunity-start', 'startTime')} />
            </Field>
            <Field id="opportunity-end" label={t('volunteering.form.end')} error={errorOf('endTime')}>
              <TextField.Root id="opportunity-end" type="time" value={input.endTime} onChange={(e) => set('endTime')(e.target.value)} {...aria('opportunity-end', 'endTime')} />
            </Field>
          </Grid>
          <Flex gap="5" align="end" wrap="wrap">
            <Field id="opportunity-capacity" label={t('volunteering.form.capacity')} error={errorOf('capacity')}>
              <TextField.Root
                id="opportunity-capacity"
                type="number"
                min={1}
                max={500}
                value={input.capacity}
                onChange={(e) => set('capacity')(e.target.value)}
                style={{ width: '7rem' }}
                {...aria('opportunity-capacity', 'capacity')}
              />
            </Field>
            <Text as="label" size="2">
              <Flex gap="2" align="center">
                <Checkbox checked={input.nearChildren} onCheckedChange={(c) => setInput((old) => ({ ...old, nearChildren: c === true }))} />
                {t('volunteering.form.nearChildren')}
              </Flex>
            </Text>
          </Flex>
          {create.isError && Object.keys(server).length === 0 ? (
            <Callout.Root color="red" role="alert">
              <Callout.Text>{errorMessage(create.error, i18n)}</Callout.Text>
            </Callout.Root>
          ) : null}
          <Flex gap="3">
            <Button type="submit" loading={create.isPending}>
              {t('volunteering.form.save')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>
              {t('volunteering.form.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
