// A newcomer's light registration, checked against registered children before it is added: the person either
// picks the child they already are (a participant to tick, or a case to link to) or says none of them is.
import { Badge, Button, Callout, Card, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sexes, type Newcomer, type ParticipantCheckInput, type ParticipantMatch } from '@kruosar/domain';
import { formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { ChoiceField, InputField } from '../families/fields';

type Sex = (typeof sexes)[number];

/** A child as an attendance list shows them. */
export type ListedChild = { id: string; name: string | null; nameKm: string | null; code: string; birthYear: number; caseReference: string | null; sessionsAttended: number };

export type NewcomerOutcome = { kind: 'tick'; child: ListedChild } | { kind: 'new'; newcomer: Newcomer };

type Props = { communeCode: string; defaultVillageCode: string; onResolved: (outcome: NewcomerOutcome) => void; onCancel: () => void };

export function NewcomerForm({ communeCode, defaultVillageCode, onResolved, onCancel }: Props) {
  const { t } = useTranslation(['programmes', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const villages = useQuery(trpc.geography.villages.queryOptions({ communeCode }));
  const [familyNameKm, setFamilyNameKm] = useState('');
  const [givenNameKm, setGivenNameKm] = useState('');
  const [familyNameLatin, setFamilyNameLatin] = useState('');
  const [givenNameLatin, setGivenNameLatin] = useState('');
  const [sex, setSex] = useState<Sex | ''>('');
  const [birthYear, setBirthYear] = useState('');
  const [villageCode, setVillageCode] = useState(defaultVillageCode);
  const [guardianName, setGuardianName] = useState('');
  const [guardianPhone, setGuardianPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<'missing' | 'consentRequired' | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [matches, setMatches] = useState<ParticipantMatch[] | null>(null);

  const check: ParticipantCheckInput = { familyNameKm, givenNameKm, familyNameLatin, givenNameLatin, sex: sex as Sex, birthYear: Number(birthYear), villageCode };
  const newcomer = (over: Partial<Newcomer>): Newcomer => ({ ...check, guardianName, guardianPhone, consent: true, linkCaseReference: null, duplicatesReviewed: true, ...over });

  async function submit() {
    const filled = [familyNameKm, givenNameKm, familyNameLatin, givenNameLatin, sex, villageCode].every((v) => v.trim() !== '') && /^\d{4}$/.test(birthYear);
    if (!filled) return setProblem('missing');
    if (!consent) return setProblem('consentRequired');
    setProblem(null);
    setChecking(true);
    setCheckError(null);
    try {
      const found = await queryClient.fetchQuery(trpc.participants.checkDuplicates.queryOptions(check));
      if (found.length === 0) onResolved({ kind: 'new', newcomer: newcomer({}) });
      else setMatches(found);
    } catch (error) {
      setCheckError(error);
    } finally {
      setChecking(false);
    }
  }

  const placeName = (u: { nameLatin: string; nameKm: string }) => (locale === 'km' ? u.nameKm : u.nameLatin);
  return (
    <Card>
      <form aria-labelledby="newcomer-heading" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Flex direction="column" gap="3">
          <Heading as="h2" size="4" id="newcomer-heading">{t('newcomer.heading')}</Heading>
          <Flex gap="3" wrap="wrap">
            <InputField id="newcomer-family-km" label={t('newcomer.familyNameKm')} value={familyNameKm} onChange={setFamilyNameKm} required />
            <InputField id="newcomer-given-km" label={t('newcomer.givenNameKm')} value={givenNameKm} onChange={setGivenNameKm} required />
            <InputField id="newcomer-family-latin" label={t('newcomer.familyNameLatin')} value={familyNameLatin} onChange={setFamilyNameLatin} required />
            <InputField id="newcomer-given-latin" label={t('newcomer.givenNameLatin')} value={givenNameLatin} onChange={setGivenNameLatin} required />
          </Flex>
          <Flex gap="3" wrap="wrap">
            <ChoiceField id="newcomer-sex" label={t('newcomer.sex')} value={sex} onChange={setSex} options={sexes.map((s) => ({ value: s, label: t(`values:sex.${s}`) }))} />
            <InputField id="newcomer-birth-year" label={t('newcomer.birthYear')} type="number" value={birthYear} onChange={setBirthYear} required />
            <ChoiceField id="newcomer-village" label={t('newcomer.village')} value={villageCode} onChange={setVillageCode} options={(villages.data ?? []).map((v) => ({ value: v.code, label: placeName(v) }))} />
          </Flex>
          <Flex gap="3" wrap="wrap">
            <InputField id="newcomer-guardian" label={t('newcomer.guardianName')} value={guardianName} onChange={setGuardianName} />
            <InputField id="newcomer-phone" label={t('newcomer.guardianPhone')} value={guardianPhone} onChange={setGuardianPhone} />
          </Flex>
          <Text as="label" size="3">
            <Flex gap="2" align="center"><Checkbox size="3" checked={consent} onCheckedChange={(c) => setConsent(c === true)} />{t('newcomer.consent')}</Flex>
          </Text>
          {problem ? <Callout.Root color="red" role="alert"><Callout.Text>{t(`newcomer.${problem}`)}</Callout.Text></Callout.Root> : null}
          <SaveError error={checkError} onReload={() => setCheckError(null)} />
          {matches ? (
            <Flex direction="column" gap="2" role="region" aria-labelledby="newcomer-matches-heading" data-testid="newcomer-matches">
              <Heading as="h3" size="3" id="newcomer-matches-heading">{t('newcomer.matchesHeading')}</Heading>
              <Text size="2">{t('newcomer.matchesBody')}</Text>
              {matches.map((m, i) => {
                const name = (locale === 'km' ? m.nameKm : m.name) ?? t('newcomer.hidden');
                return (
                  <Card key={i} data-testid="newcomer-match">
                    <Flex justify="between" align="center" gap="3" wrap="wrap">
                      <Flex direction="column">
                        <Text weight="bold">{name}</Text>
                        <Text size="2" color="gray">
                          {m.kind === 'participant' ? t('newcomer.participant') : t('newcomer.registeredCase', { reference: m.caseReference })}
                          {m.birthYear ? ` · ${t('newcomer.born', { year: m.birthYear })}` : ''} · {t('newcomer.score', { score: formatNumber(Math.round(m.score * 100), locale) })}
                        </Text>
                      </Flex>
                      {m.kind === 'participant' && m.participantId ? (
                        <Button type="button" onClick={() => onResolved({ kind: 'tick', child: { id: m.participantId!, name: m.name, nameKm: m.nameKm, code: '', birthYear: m.birthYear ?? Number(birthYear), caseReference: m.caseReference, sessionsAttended: 0 } })}>{t('newcomer.tickThis')}</Button>
                      ) : (
                        <Button type="button" onClick={() => onResolved({ kind: 'new', newcomer: newcomer({ linkCaseReference: m.caseReference, duplicatesReviewed: false }) })}>{t('newcomer.linkThis')}</Button>
                      )}
                    </Flex>
                  </Card>
                );
              })}
              <Flex><Button type="button" variant="soft" onClick={() => onResolved({ kind: 'new', newcomer: newcomer({}) })}>{t('newcomer.noneOfThese')}</Button></Flex>
            </Flex>
          ) : null}
          <Flex gap="2">
            {matches ? null : <Button type="submit" size="3" loading={checking}>{t('newcomer.check')}</Button>}
            <Button type="button" size="3" variant="soft" color="gray" onClick={onCancel}>{t('newcomer.cancel')}</Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}

/** "new" beside a child added in this sitting, and the case reference of a child who is also a case. */
export function ChildBadges({ child, isNew }: { child: Pick<ListedChild, 'caseReference'>; isNew: boolean }) {
  const { t } = useTranslation('programmes');
  return (
    <>
      {isNew ? <Badge color="green" highContrast>{t('attendance.new')}</Badge> : null}
      {child.caseReference ? <Badge color="gray" highContrast>{t('attendance.case', { reference: child.caseReference })}</Badge> : null}
    </>
  );
}
