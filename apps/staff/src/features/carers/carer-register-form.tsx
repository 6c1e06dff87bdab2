// A new carer (an applicant): the household with its main carer, and what the carer can offer.
import { Button, Card, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { carerKinds, carerLanguages, relationships, sexes, type CarerKind } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { ChoiceField, InputField } from '../families/fields';

type Relationship = (typeof relationships)[number];
type Sex = (typeof sexes)[number];

export function CarerRegisterForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['families', 'values']);
  const trpc = useTRPC();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const [communeCode, setCommuneCode] = useState('');
  const villages = useQuery({ ...trpc.geography.villages.queryOptions({ communeCode }), enabled: communeCode !== '' });
  const register = useMutation(trpc.carers.register.mutationOptions({ onSuccess: onDone }));
  const [kind, setKind] = useState<CarerKind | ''>('');
  const [villageCode, setVillageCode] = useState('');
  const [nameKm, setNameKm] = useState('');
  const [nameLatin, setNameLatin] = useState('');
  const [sex, setSex] = useState<Sex | ''>('');
  const [relationship, setRelationship] = useState<Relationship | ''>('');
  const [capacity, setCapacity] = useState('1');
  const [ageMin, setAgeMin] = useState('0');
  const [ageMax, setAgeMax] = useState('17');
  const [emergency, setEmergency] = useState(false);
  const [takesSiblings, setTakesSiblings] = useState(false);
  const [languages, setLanguages] = useState<(typeof carerLanguages)[number][]>(['khmer']);
  const save = () =>
    register.mutate({
      kind: kind as CarerKind,
      emergency,
      takesSiblings,
      capacity: Number(capacity),
      ageMin: Number(ageMin),
      ageMax: Number(ageMax),
      languages,
      appliedOn: todayInCambodia(),
      householdId: null,
      household: { villageCode, idPoor: 'not_assessed', incomeSources: [], address: '', members: [{ nameKm, nameLatin, sex: sex as Sex, relationship: relationship as Relationship, isCaregiver: true, dateOfBirth: null, phone: '' }] },
      notes: '',
    });
  return (
    <Card>
      <form aria-labelledby="carer-form-heading" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <Flex direction="column" gap="3">
          <Heading as="h2" size="4" id="carer-form-heading">{t('carers.register')}</Heading>
          <ChoiceField id="carer-kind" label={t('carers.kind')} value={kind} onChange={setKind} options={carerKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <ChoiceField id="carer-commune" label={t('carers.commune')} value={communeCode} onChange={(c) => { setCommuneCode(c); setVillageCode(''); }} options={(communes.data ?? []).map((c) => ({ value: c.code, label: c.nameLatin }))} />
          <ChoiceField id="carer-village" label={t('carers.village')} value={villageCode} onChange={setVillageCode} options={(villages.data ?? []).map((v) => ({ value: v.code, label: v.nameLatin }))} />
          <InputField id="carer-name-km" label={t('carers.nameKm')} value={nameKm} onChange={setNameKm} />
          <InputField id="carer-name-latin" label={t('carers.nameLatin')} value={nameLatin} onChange={setNameLatin} />
          <ChoiceField id="carer-sex" label={t('carers.sex')} value={sex} onChange={setSex} options={sexes.map((s) => ({ value: s, label: t(`values:sex.${s}`) }))} />
          <ChoiceField id="carer-relationship" label={t('carers.relationship')} value={relationship} onChange={setRelationship} options={relationships.map((r) => ({ value: r, label: t(`values:relationship.${r}`) }))} />
          <InputField id="carer-capacity" label={t('carers.capacity')} type="number" value={capacity} onChange={setCapacity} />
          <InputField id="carer-age-min" label={t('carers.ageMin')} type="number" value={ageMin} onChange={setAgeMin} />
          <InputField id="carer-age-max" label={t('carers.ageMax')} type="number" value={ageMax} onChange={setAgeMax} />
          <fieldset>
            <legend><Text size="2" weight="medium">{t('carers.languages')}</Text></legend>
            <Flex gap="3" wrap="wrap">
              {carerLanguages.map((l) => (
                <Text as="label" size="2" key={l}>
                  <Flex gap="1" align="center">
                    <Checkbox checked={languages.includes(l)} onCheckedChange={(c) => setLanguages((ls) => (c === true ? [...ls, l] : ls.filter((x) => x !== l)))} />
                    {t(`language.${l}`)}
                  </Flex>
                </Text>
              ))}
            </Flex>
          </fieldset>
          <Text as="label" size="2"><Flex gap="2" align="center"><Checkbox checked={emergency} onCheckedChange={(c) => setEmergency(c === true)} />{t('carers.emergencyLabel')}</Flex></Text>
          <Text as="label" size="2"><Flex gap="2" align="center"><Checkbox checked={takesSiblings} onCheckedChange={(c) => setTakesSiblings(c === true)} />{t('carers.siblingsLabel')}</Flex></Text>
          <SaveError error={register.error} onReload={() => register.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={register.isPending}>{t('save')}</Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>{t('cancel')}</Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
