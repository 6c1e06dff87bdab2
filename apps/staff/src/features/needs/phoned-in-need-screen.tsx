// Writing down a need a volunteer phoned in: the same fields as the hive app, in that volunteer's name (it shows in
// their "My reports"), marked as phoned in by the person writing it. Opens the need's triage page once saved.
import { Button, Callout, Card, Checkbox, Flex, Heading, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PhonedInNeedInput, needCategories, needUrgencies, type NeedCategory, type NeedUrgency } from '@kruosar/domain';
import { errorMessage, ErrorState, LoadingState, useLocale, usePageTitle } from '@kruosar/ui';
import { trpcClient, useTRPC } from '../../lib/trpc';
import { FormField, controlProps, problemsOfZod, type Problems } from '../hives/form-field';
import { serverProblems } from '../hives/save-problem';

type Draft = {
  communeCode: string;
  volunteerId: string;
  villageCode: string;
  category: NeedCategory | '';
  urgency: NeedUrgency | '';
  description: string;
  contactName: string;
  contactPhone: string;
  consentToContact: boolean;
};

/** Problems of the nested need ("need.description") shown by field name. */
const unnest = (problems: Problems): Problems => Object.fromEntries(Object.entries(problems).map(([k, v]) => [k.replace(/^need\./, ''), v]));

export function PhonedInNeedScreen() {
  const { t, i18n } = useTranslation(['staff', 'values']);
  usePageTitle(t('needs.phonedIn.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const [draft, setDraft] = useState<Draft>({ communeCode: '', volunteerId: '', villageCode: '', category: '', urgency: '', description: '', contactName: '', contactPhone: '', consentToContact: false });
  const communeCode = draft.communeCode || (communes.data?.length === 1 ? communes.data[0]!.code : '');
  const volunteers = useQuery({ ...trpc.needs.phoneInVolunteers.queryOptions({ communeCode }), enabled: communeCode !== '' });
  const villages = useQuery({ ...trpc.geography.villages.queryOptions({ communeCode }), enabled: communeCode !== '' });
  const [problems, setProblems] = useState<Problems>({});
  const [needId] = useState(() => crypto.randomUUID());
  const save = useMutation({ mutationFn: (input: PhonedInNeedInput) => trpcClient.needs.registerPhonedIn.mutate(input), onSuccess: (r) => navigate(`/needs/${r.id}`) });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const name = (u: { nameKm: string; nameLatin: string }) => (locale === 'km' ? u.nameKm : u.nameLatin);

  const submit = () => {
    const { volunteerId, communeCode: _commune, ...need } = draft;
    const parsed = PhonedInNeedInput.safeParse({ volunteerId, need: { ...need, id: needId, reportedAt: new Date().toISOString() } });
    setProblems(parsed.success ? {} : unnest(problemsOfZod(parsed.error)));
    if (parsed.success) save.mutate(parsed.data, { onError: (e) => setProblems(unnest(serverProblems(e))) });
  };

  if (communes.isPending) return <LoadingState />;
  if (communes.isError) return <ErrorState error={communes.error} onRetry={() => void communes.refetch()} />;
  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('needs.phonedIn.title')}
      </Heading>
      <Text as="p" color="gray" mb="4">
        {t('needs.phonedIn.intro')}
      </Text>
      <Card size="2" asChild style={{ maxWidth: '40rem' }}>
        <form aria-labelledby="phoned-in-heading" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
          <Flex direction="column" gap="3">
            <Heading as="h2" size="4" id="phoned-in-heading">
              {t('needs.phonedIn.formHeading')}
            </Heading>
            {communes.data.length > 1 ? (
              <FormField id="phoned-in-commune" label={t('caseload.commune')} problem={undefined}>
                <Select.Root value={communeCode} onValueChange={(v) => setDraft((d) => ({ ...d, communeCode: v, volunteerId: '', villageCode: '' }))}>
                  <Select.Trigger {...controlProps('phoned-in-commune', undefined)} aria-labelledby="phoned-in-commune-label phoned-in-commune" placeholder={t('needs.phonedIn.choose')} />
                  <Select.Content position="popper">
                    {communes.data.map((c) => (
                      <Select.Item key={c.code} value={c.code}>
                        {name(c)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select.Root>
              </FormField>
            ) : null}
            <FormField id="phoned-in-volunteer" label={t('needs.phonedIn.volunteer')} problem={problems.volunteerId}>
              <Select.Root value={draft.volunteerId} onValueChange={(v) => set('volunteerId', v)} disabled={!volunteers.data?.length}>
                <Select.Trigger {...controlProps('phoned-in-volunteer', problems.volunteerId)} aria-labelledby="phoned-in-volunteer-label phoned-in-volunteer" placeholder={t('needs.phonedIn.choose')} />
                <Select.Content position="popper">
                  {(volunteers.data ?? []).map((v) => (
                    <Select.Item key={v.id} value={v.id}>
                      {v.displayName}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </FormField>
            {communeCode && volunteers.data?.length === 0 ? <Text color="gray">{t('needs.phonedIn.noVolunteers')}</Text> : null}
            <FormField id="phoned-in-village" label={t('needs.columns.village')} problem={problems.villageCode}>
              <Select.Root value={draft.villageCode} onValueChange={(v) => set('villageCode', v)} disabled={!villages.data?.length}>
                <Select.Trigger {...controlProps('phoned-in-village', problems.villageCode)} aria-labelledby="phoned-in-village-label phoned-in-village" placeholder={t('needs.phonedIn.choose')} />
                <Select.Content position="popper">
                  {(villages.data ?? []).map((v) => (
                    <Select.Item key={v.code} value={v.code}>
                      {name(v)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </FormField>
            <FormField id="phoned-in-category" label={t('needs.columns.category')} problem={problems.category}>
              <Select.Root value={draft.category} onValueChange={(v) => set('category', v as NeedCategory)}>
                <Select.Trigger {...controlProps('phoned-in-category', problems.category)} aria-labelledby="phoned-in-category-label phoned-in-category" placeholder={t('needs.phonedIn.choose')} />
                <Select.Content position="popper">
                  {needCategories.map((c) => (
                    <Select.Item key={c} value={c}>
                      {t(`values:needCategory.${c}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </FormField>
            <FormField id="phoned-in-urgency" label={t('needs.columns.urgency')} problem={problems.urgency}>
              <Select.Root value={draft.urgency} onValueChange={(v) => set('urgency', v as NeedUrgency)}>
                <Select.Trigger {...controlProps('phoned-in-urgency', problems.urgency)} aria-labelledby="phoned-in-urgency-label phoned-in-urgency" placeholder={t('needs.phonedIn.choose')} />
                <Select.Content position="popper">
                  {needUrgencies.map((u) => (
                    <Select.Item key={u} value={u}>
                      {t(`values:needUrgency.${u}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </FormField>
            <FormField id="phoned-in-description" label={t('needs.columns.description')} problem={problems.description}>
              <TextArea {...controlProps('phoned-in-description', problems.description)} rows={5} value={draft.description} onChange={(e) => set('description', e.target.value)} />
            </FormField>
            <FormField id="phoned-in-contact-name" label={t('needs.phonedIn.contactName')} optional problem={problems.contactName}>
              <TextField.Root {...controlProps('phoned-in-contact-name', problems.contactName)} value={draft.contactName} onChange={(e) => set('contactName', e.target.value)} />
            </FormField>
            <FormField id="phoned-in-contact-phone" label={t('needs.phonedIn.contactPhone')} optional problem={problems.contactPhone}>
              <TextField.Root {...controlProps('phoned-in-contact-phone', problems.contactPhone)} type="tel" value={draft.contactPhone} onChange={(e) => set('contactPhone', e.target.value)} style={{ maxWidth: '14rem' }} />
            </FormField>
            <Text as="label" size="2">
              <Flex gap="2" align="center">
                <Checkbox checked={draft.consentToContact} onCheckedChange={(c) => set('consentToContact', c === true)} />
                {t('needs.phonedIn.consent')}
              </Flex>
            </Text>
            {save.error && Object.keys(serverProblems(save.error)).length === 0 ? (
              <Callout.Root color="red" role="alert">
                <Callout.Text>{errorMessage(save.error, i18n)}</Callout.Text>
              </Callout.Root>
            ) : null}
            <Flex gap="3">
              <Button type="submit" loading={save.isPending}>
                {t('needs.phonedIn.submit')}
              </Button>
            </Flex>
          </Flex>
        </form>
      </Card>
    </>
  );
}
