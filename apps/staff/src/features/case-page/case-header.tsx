// The top of the case page: who the child is, where the case stands, and whether first contact is due or late.
import { Badge, Box, Button, Dialog, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageOn, type RiskLevel } from '@kruosar/domain';
import { FieldError, describeError, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { todayLocal } from '../intake/birth-date';
import type { CaseDetail } from './case-types';
import { SaveProblem, useRefreshCase, useVersionedEdit } from './versioned-edit';

const riskColor: Record<RiskLevel, 'red' | 'amber' | 'green'> = { high: 'red', medium: 'amber', low: 'green' };

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const { case: c, child } = detail;
  const [today] = useState(todayLocal);
  const commune = locale === 'km' ? c.communeNameKm : c.communeName;
  const age = ageOn(child.dateOfBirth, today);

  return (
    <Box mb="5">
      <Text as="p" size="2" color="gray" style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }} data-testid="case-reference">
        {c.reference}
      </Text>
      <Heading as="h1" size="7">
        {child.familyNameLatin} {child.givenNameLatin}
        <Text as="span" size="5" color="gray" weight="regular" lang="km" ml="3">
          {child.familyNameKm} {child.givenNameKm}
        </Text>
      </Heading>
      <Flex gap="2" align="center" wrap="wrap" mt="2">
        <Text size="2">
          {t('casePage.age', { age })}
          {child.dateOfBirthEstimated ? ` (${t('casePage.estimated')})` : ''}
        </Text>
        <Badge color="gray" highContrast>
          {t('casePage.header.stage', { stage: t(`values:caseStage.${c.stage}`) })}
        </Badge>
        <Badge color={c.status === 'open' ? 'green' : 'gray'} highContrast>
          {t(`values:caseStatus.${c.status}`)}
        </Badge>
        <Badge color={riskColor[c.riskLevel]} highContrast>
          {t('casePage.header.risk', { risk: t(`values:riskLevel.${c.riskLevel}`) })}
        </Badge>
      </Flex>
      <Flex gap="4" wrap="wrap" mt="2">
        <Text size="2">
          {t('casePage.header.caseworker')}: <strong>{c.assignedTo?.displayName ?? t('caseload.unassigned')}</strong>
        </Text>
        <Text size="2">
          {t('caseload.commune')}: <strong>{commune}</strong>
        </Text>
      </Flex>
      <FirstContact detail={detail} />
    </Box>
  );
}

function FirstContact({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const c = detail.case;
  if (c.firstContactAt) {
    return (
      <Text as="p" size="2" mt="2" style={{ margin: 0 }}>
        {t('casePage.firstContact.done', { when: formatDate(c.firstContactAt, locale, { withTime: true }) })}
      </Text>
    );
  }
  const due = formatDate(c.firstContactDueAt, locale, { withTime: true });
  return (
    <Flex gap="3" align="center" wrap="wrap" mt="3">
      {c.pastFirstContactTarget ? (
        <Badge color="red" variant="solid" size="2" data-testid="first-contact-overdue">
          {t('casePage.firstContact.overdue', { when: due })}
        </Badge>
      ) : (
        <Badge color="amber" size="2" highContrast>
          {t('casePage.firstContact.due', { when: due })}
        </Badge>
      )}
      {c.status === 'open' ? <FirstContactDialog detail={detail} /> : null}
    </Flex>
  );
}

/** yyyy-mm-ddThh:mm in the browser's time, as a datetime-local input wants it. */
function localDateTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayLocal(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

function FirstContactDialog({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('staff');
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button type="button" size="2">
          {t('casePage.firstContact.record')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="28rem">
        <Dialog.Title>{t('casePage.firstContact.record')}</Dialog.Title>
        <Dialog.Description size="2" mb="4">
          {t('casePage.firstContact.description')}
        </Dialog.Description>
        {/* Mounted when the dialog opens, so it saves against the version on screen then. */}
        <FirstContactForm detail={detail} onDone={() => setOpen(false)} />
      </Dialog.Content>
    </Dialog.Root>
  );
}

function FirstContactForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const refresh = useRefreshCase();
  const id = useId();
  const [at, setAt] = useState(() => localDateTime(new Date()));
  const [missing, setMissing] = useState(false);
  const edit = useVersionedEdit(detail, (d) => d.case.version);
  const save = useMutation(trpc.cases.recordFirstContact.mutationOptions());
  const fieldProblem = describeError(save.error).fieldErrors?.at ? describeError(save.error).messageKey : undefined;

  const submit = () => {
    const when = new Date(at);
    setMissing(!at || Number.isNaN(when.getTime()));
    if (!at || Number.isNaN(when.getTime())) return;
    save.mutate(
      { caseId: detail.case.id, version: edit.version, at: when.toISOString() },
      {
        onSuccess: () => {
          onDone();
          void refresh(detail.case.id);
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Flex direction="column" gap="3">
        <Flex direction="column" gap="1">
          <Text as="label" htmlFor={`${id}-at`} size="2" weight="bold">
            {t('casePage.firstContact.at')}
          </Text>
          <TextField.Root
            id={`${id}-at`}
            type="datetime-local"
            value={at}
            onChange={(e) => setAt(e.target.value)}
            aria-invalid={missing || fieldProblem ? true : undefined}
            aria-describedby={missing || fieldProblem ? `${id}-error` : undefined}
          />
          <FieldError id={`${id}-error`} error={missing ? { type: 'required' } : undefined} serverMessage={missing ? undefined : fieldProblem} />
        </Flex>
        {save.error && !fieldProblem ? (
          <SaveProblem
            error={save.error}
            onReload={() => {
              save.reset();
              void edit.reload();
            }}
            reloading={edit.reloading}
            reloadError={edit.reloadError}
          />
        ) : null}
        <Flex gap="3" justify="end">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              {t('casePage.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="submit" loading={save.isPending} disabled={save.isPending}>
            {t('casePage.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
