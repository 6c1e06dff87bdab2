// Creating or editing a staff account: username (new accounts only), name, role, language and communes.
import { Button, Callout, Checkbox, CheckboxGroup, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { communesRequired, locales, staffRoles, type GeoUnit, type Locale, type StaffRole, type UserAccount } from '@kruosar/domain';
import { FieldLabel, errorMessage, useLocale } from '@kruosar/ui';
import { useFeedbackStrings } from '../feedback/feedback-strings';

export type AccountValues = { username: string; displayName: string; role: StaffRole; locale: Locale; communeCodes: string[]; safeguardingLead: boolean };

type Props = {
  account: UserAccount | null;
  communes: GeoUnit[];
  pending: boolean;
  error: unknown;
  onSave: (values: AccountValues) => void;
  onCancel: () => void;
};

const selectStyle = { padding: 'var(--space-1) var(--space-2)', minHeight: 'var(--space-6)', fontSize: 'var(--font-size-2)' };

export function AccountForm({ account, communes, pending, error, onSave, onCancel }: Props) {
  useFeedbackStrings();
  const { t, i18n } = useTranslation(['staff', 'values', 'feedback']);
  const locale = useLocale();
  const [values, setValues] = useState<AccountValues>(
    account
      ? { username: account.username, displayName: account.displayName, role: account.role, locale: account.locale, communeCodes: account.communeCodes, safeguardingLead: account.safeguardingLead }
      : { username: '', displayName: '', role: 'caseworker', locale: 'km', communeCodes: [], safeguardingLead: false },
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<AccountValues>) => setValues((v) => ({ ...v, ...change }));
  const prefix = account ? `account-${account.id}` : 'account-new';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ((!account && values.username.trim() === '') || values.displayName.trim() === '') return setProblem(t('users.form.fillIn'));
    if (communesRequired(values.role) && values.communeCodes.length === 0) return setProblem(t('users.form.communesNeeded'));
    setProblem(null);
    onSave(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`} data-testid="account-form">
      <Flex direction="column" gap="3" maxWidth="32rem">
        <Heading as="h2" size="5" id={`${prefix}-heading`}>
          {account ? t('users.form.editHeading', { name: account.displayName }) : t('users.form.newHeading')}
        </Heading>
        {account ? null : (
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor={`${prefix}-username`} label={t('users.form.username')} />
            <TextField.Root id={`${prefix}-username`} autoComplete="off" value={values.username} onChange={(e) => set({ username: e.target.value })} />
          </Flex>
        )}
        <Flex direction="column" gap="1">
          <FieldLabel htmlFor={`${prefix}-name`} label={t('users.form.name')} />
          <TextField.Root id={`${prefix}-name`} autoComplete="off" value={values.displayName} onChange={(e) => set({ displayName: e.target.value })} />
        </Flex>
        <Flex gap="4" wrap="wrap">
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor={`${prefix}-role`} label={t('users.form.role')} />
            <select id={`${prefix}-role`} style={selectStyle} value={values.role} onChange={(e) => set({ role: e.target.value as StaffRole })}>
              {staffRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`values:role.${r}`)}
                </option>
              ))}
            </select>
          </Flex>
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor={`${prefix}-locale`} label={t('users.form.language')} />
            <select id={`${prefix}-locale`} style={selectStyle} value={values.locale} onChange={(e) => set({ locale: e.target.value as Locale })}>
              {locales.map((l) => (
                <option key={l} value={l}>
                  {t(`users.language.${l}`)}
                </option>
              ))}
            </select>
          </Flex>
        </Flex>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text asChild size="2" weight="bold">
            <legend>{t('users.form.communes')}</legend>
          </Text>
          <CheckboxGroup.Root value={values.communeCodes} onValueChange={(communeCodes) => set({ communeCodes })} name={`${prefix}-communes`}>
            <Flex gap="3" wrap="wrap">
              {communes.map((c) => (
                <CheckboxGroup.Item key={c.code} value={c.code}>
                  {locale === 'km' ? c.nameKm : c.nameLatin}
                </CheckboxGroup.Item>
              ))}
            </Flex>
          </CheckboxGroup.Root>
        </fieldset>
        {account && values.role !== 'analyst' ? (
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="bold">
              <Flex gap="2" align="center">
                <Checkbox checked={values.safeguardingLead} onCheckedChange={(c) => set({ safeguardingLead: c === true })} aria-describedby={`${prefix}-lead-hint`} />
                {t('feedback:users.safeguardingLead')}
              </Flex>
            </Text>
            <Text as="p" size="1" color="gray" id={`${prefix}-lead-hint`} style={{ margin: 0 }}>
              {t('feedback:users.safeguardingLeadHint')}
            </Text>
          </Flex>
        ) : null}
        {problem || error ? (
          <Callout.Root color="red" role="alert">
            <Callout.Text>{problem ?? errorMessage(error, i18n)}</Callout.Text>
          </Callout.Root>
        ) : null}
        <Flex gap="3">
          <Button type="submit" loading={pending}>
            {account ? t('users.form.save') : t('users.form.create')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={onCancel}>
            {t('users.form.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
