// The household's part of the intake and of the household edit form: village, IDPoor, income and members.
import { Box, Button, Card, Flex, Grid, Heading, Select, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { idPoorStatuses, incomeSources, relationships, sexes, type GeoUnit } from '@kruosar/domain';
import { useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ChoiceCheckboxes, ChoiceRadios, ChoiceSelect, Fieldset, LongText, TextInput, YesNo } from './form-fields';

type Props = {
  /** The commune whose villages are offered. */
  communeCode: string | null;
  /** Offered as a choice when the person works in several communes (intake); absent when it is fixed (edit). */
  communes?: GeoUnit[];
  onCommuneChange?: (code: string) => void;
};

export const placeName = (unit: Pick<GeoUnit, 'nameKm' | 'nameLatin'>, locale: string) => (locale === 'km' ? unit.nameKm : unit.nameLatin);

export function HouseholdFields({ communeCode, communes, onCommuneChange }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  return (
    <Flex direction="column" gap="4">
      <Grid columns={{ initial: '1', sm: '2' }} gap="4">
        {communes && onCommuneChange && communes.length > 1 ? (
          <CommuneChoice communes={communes} value={communeCode} onChange={onCommuneChange} />
        ) : null}
        <VillageChoice communeCode={communeCode} />
      </Grid>
      <LongText name="household.address" label={t('intake.household.address')} optional rows={2} />
      <ChoiceRadios
        name="household.idPoor"
        label={t('intake.household.idPoor')}
        hint={t('intake.household.idPoorHint')}
        choices={idPoorStatuses.map((v) => ({ value: v, label: t(`values:idPoor.${v}`) }))}
      />
      <ChoiceCheckboxes
        name="household.incomeSources"
        label={t('intake.household.incomeSources')}
        columns="3"
        choices={incomeSources.map((v) => ({ value: v, label: t(`values:incomeSource.${v}`) }))}
      />
      <Members />
    </Flex>
  );
}

function CommuneChoice({ communes, value, onChange }: { communes: GeoUnit[]; value: string | null; onChange: (code: string) => void }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const id = useId();
  return (
    <Flex direction="column" gap="1" align="start">
      <Text as="label" id={`${id}-label`} htmlFor={id} size="2" weight="bold">
        {t('intake.household.commune')}
      </Text>
      <Select.Root value={value ?? ''} onValueChange={onChange}>
        <Select.Trigger id={id} aria-labelledby={`${id}-label ${id}`} placeholder={t('intake.choose')} style={{ minWidth: '14rem' }} />
        <Select.Content position="popper">
          {communes.map((c) => (
            <Select.Item key={c.code} value={c.code}>
              {placeName(c, locale)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}

function VillageChoice({ communeCode }: { communeCode: string | null }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const villages = useQuery({ ...trpc.geography.villages.queryOptions({ communeCode: communeCode ?? '' }), enabled: communeCode !== null, staleTime: Infinity });
  const hint = communeCode === null ? t('intake.household.chooseCommuneFirst') : villages.isPending ? t('intake.household.villagesLoading') : villages.isError ? t('intake.household.villagesFailed') : undefined;
  return (
    <ChoiceSelect
      name="household.villageCode"
      label={t('intake.household.village')}
      placeholder={t('intake.choose')}
      hint={hint}
      choices={(villages.data ?? []).map((v) => ({ value: v.code, label: placeName(v, locale) }))}
    />
  );
}

const emptyMember = { nameKm: '', nameLatin: '', sex: '', dateOfBirth: null, relationship: '', isCaregiver: false, phone: '' };
const emptyDateIsNull = (v: string) => (v === '' ? null : v);

function Members() {
  const { t } = useTranslation(['staff', 'values']);
  const { control } = useFormContext();
  // keyName: members being edited carry their own `id`, which must reach the server untouched.
  const { fields, append, remove } = useFieldArray({ control, name: 'household.members', keyName: 'key' });
  const members = useWatch({ control, name: 'household.members' }) as { nameKm?: string; nameLatin?: string }[] | undefined;
  return (
    <Flex direction="column" gap="3">
      <Heading as="h3" size="3">
        {t('intake.household.members')}
      </Heading>
      {fields.length === 0 ? (
        <Text as="p" color="gray" size="2">
          {t('intake.household.noMembers')}
        </Text>
      ) : null}
      {fields.map((field, index) => {
        const name = members?.[index]?.nameLatin || members?.[index]?.nameKm || t('intake.household.memberN', { n: index + 1 });
        return (
          <Card key={field.key} variant="surface" size="2">
            <Fieldset testId="household-member">
              <Text asChild size="2" weight="bold">
                <legend>{t('intake.household.memberN', { n: index + 1 })}</legend>
              </Text>
              <Grid columns={{ initial: '1', sm: '2', md: '3' }} gap="3">
                <TextInput name={`household.members.${index}.nameKm`} label={t('intake.member.nameKm')} lang="km" />
                <TextInput name={`household.members.${index}.nameLatin`} label={t('intake.member.nameLatin')} optional />
                <ChoiceSelect
                  name={`household.members.${index}.relationship`}
                  label={t('intake.member.relationship')}
                  placeholder={t('intake.choose')}
                  choices={relationships.map((v) => ({ value: v, label: t(`values:relationship.${v}`) }))}
                />
                <ChoiceSelect
                  name={`household.members.${index}.sex`}
                  label={t('intake.member.sex')}
                  placeholder={t('intake.choose')}
                  choices={sexes.map((v) => ({ value: v, label: t(`values:sex.${v}`) }))}
                />
                <TextInput name={`household.members.${index}.dateOfBirth`} label={t('intake.member.dateOfBirth')} type="date" optional setValueAs={emptyDateIsNull} />
                <TextInput name={`household.members.${index}.phone`} label={t('intake.member.phone')} type="tel" inputMode="tel" optional />
              </Grid>
              <Flex justify="between" align="center" mt="3" wrap="wrap" gap="3">
                <YesNo name={`household.members.${index}.isCaregiver`} label={t('intake.member.isCaregiver')} />
                <Button type="button" variant="soft" color="red" onClick={() => remove(index)}>
                  {t('intake.member.remove', { name })}
                </Button>
              </Flex>
            </Fieldset>
          </Card>
        );
      })}
      <Box>
        <Button type="button" variant="soft" onClick={() => append(emptyMember)}>
          {t('intake.member.add')}
        </Button>
      </Box>
    </Flex>
  );
}
