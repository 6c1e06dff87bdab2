// Build a quarter from a frozen copy of the data. It can take several seconds, so the screen says it is working.
import { Button, Callout, Card, Flex, Heading, Select, Spinner, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { errorMessage } from '@kruosar/ui';
import { cambodiaToday, endedQuarters } from './quarters';
import { useQuarterText } from './snapshot-words';
import { useSnapshotSteps } from './use-snapshots';

export function BuildSnapshot({ published }: { published: ReadonlySet<string> }) {
  const { t, i18n } = useTranslation('staff');
  const quarterText = useQuarterText();
  const { build } = useSnapshotSteps();
  const [, navigate] = useLocation();
  const choices = endedQuarters(cambodiaToday(), 8);
  const [quarter, setQuarter] = useState(choices.find((q) => !published.has(q)) ?? choices[0]!);

  return (
    <Card size="3" asChild>
      <section aria-labelledby="build-heading">
        <Heading as="h2" id="build-heading" size="4" mb="2">
          {t('snapshots.build.heading')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="3">
          {t('snapshots.build.intro')}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            build.mutate({ quarter }, { onSuccess: (s) => navigate(`/snapshots/${s.id}`) });
          }}
        >
          <Flex gap="3" align="end" wrap="wrap">
            <Flex direction="column" gap="1">
              <Text as="label" id="build-quarter-label" htmlFor="build-quarter" size="2" weight="bold">
                {t('snapshots.build.quarter')}
              </Text>
              <Select.Root value={quarter} onValueChange={setQuarter} disabled={build.isPending}>
                <Select.Trigger id="build-quarter" aria-labelledby="build-quarter-label build-quarter" style={{ minWidth: '12rem' }} />
                <Select.Content position="popper">
                  {choices.map((q) => (
                    <Select.Item key={q} value={q}>
                      {quarterText(q)}
                      {published.has(q) ? ` (${t('snapshots.build.alreadyPublished')})` : ''}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Flex>
            <Button type="submit" disabled={build.isPending}>
              {t('snapshots.build.submit')}
            </Button>
          </Flex>
        </form>
        {build.isPending ? (
          <Flex role="status" align="center" gap="2" mt="3" data-testid="build-progress">
            <Spinner />
            <Text>{t('snapshots.build.pending', { quarter: quarterText(quarter) })}</Text>
          </Flex>
        ) : null}
        {build.isError ? (
          <Callout.Root color="red" role="alert" mt="3">
            <Callout.Text>{errorMessage(build.error, i18n)}</Callout.Text>
          </Callout.Root>
        ) : null}
      </section>
    </Card>
  );
}
