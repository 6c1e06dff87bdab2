// Start a hive in a commune of one's own that has none yet: its first judgement gives the first index point.
import { Box, Button, Card, Flex, Heading, Select, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HiveCreateInput } from '@kruosar/domain';
import { useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormField, problemsOfZod, type Problems } from './form-field';
import { JudgementFields, type JudgementDraft } from './judgement-fields';
import { SaveProblem, serverProblems } from './save-problem';

const blank: JudgementDraft = { committeeFormed: false, volunteersTarget: '', budgetLineAdopted: false, referralPathwayMapped: false };

export function StartHiveForm({ existing }: { existing: string[] }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const [communeCode, setCommuneCode] = useState<string | null>(null);
  const [draft, setDraft] = useState(blank);
  const [problems, setProblems] = useState<Problems>({});
  const create = useMutation(trpc.hives.create.mutationOptions());
  const free = (communes.data ?? []).filter((c) => !existing.includes(c.code));
  if (free.length === 0) return null;

  const save = () => {
    const parsed = HiveCreateInput.safeParse({ communeCode: communeCode ?? '', ...draft });
    setProblems(parsed.success ? {} : problemsOfZod(parsed.error));
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: () => {
        setDraft(blank);
        setCommuneCode(null);
        void queryClient.invalidateQueries({ queryKey: trpc.hives.pathKey() });
      },
      onError: (error) => setProblems(serverProblems(error)),
    });
  };

  return (
    <Card size="2" mt="5" asChild>
      <section aria-labelledby="start-hive-heading">
        <Flex direction="column" gap="3">
          <Heading as="h2" size="4" id="start-hive-heading">
            {t('hives.start.heading')}
          </Heading>
          <Text as="p" size="2" color="gray">
            {t('hives.start.intro')}
          </Text>
          <FormField id="start-hive-commune" label={t('hives.columns.commune')} problem={problems.communeCode}>
            <Select.Root value={communeCode ?? undefined} onValueChange={setCommuneCode}>
              <Select.Trigger id="start-hive-commune" placeholder={t('hives.start.chooseCommune')} aria-labelledby="start-hive-commune-label start-hive-commune" style={{ maxWidth: '16rem' }} />
              <Select.Content position="popper">
                {free.map((c) => (
                  <Select.Item key={c.code} value={c.code}>
                    {locale === 'km' ? c.nameKm : c.nameLatin}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </FormField>
          <JudgementFields idPrefix="start-hive" draft={draft} problems={problems} onChange={(c) => setDraft((d) => ({ ...d, ...c }))} />
          <SaveProblem error={create.error} onReload={() => create.reset()} />
          <Box>
            <Button type="button" onClick={save} loading={create.isPending}>
              {t('hives.start.submit')}
            </Button>
          </Box>
        </Flex>
      </section>
    </Card>
  );
}
