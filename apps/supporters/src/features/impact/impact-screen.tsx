// The public page: who we are, the latest published (disclosure-controlled) figures, and what "<10" means.
import { Box, Card, Flex, Grid, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useCurrentUser } from '../../lib/auth';
import { useTRPC } from '../../lib/trpc';
import { quarterWords } from './quarter';

export function ImpactScreen() {
  const { t } = useTranslation('supporters');
  usePageTitle(t('home.title'));
  return (
    <Flex direction="column" gap="6">
      <Box asChild>
        <section aria-labelledby="mission-heading">
          <Heading as="h1" id="mission-heading" size="8" mb="3">
            {t('mission.heading')}
          </Heading>
          <Text as="p" size="4" style={{ maxWidth: '48rem' }}>
            {t('mission.body')}
          </Text>
        </section>
      </Box>
      <LatestFigures />
      <Box asChild>
        <section aria-labelledby="disclosure-heading">
          <Heading as="h2" id="disclosure-heading" size="5" mb="2">
            {t('disclosure.heading')}
          </Heading>
          <Text as="p" id="disclosure-less-than-ten" mb="2" style={{ maxWidth: '48rem' }}>
            {t('disclosure.lessThanTen')}
          </Text>
          <Text as="p" style={{ maxWidth: '48rem' }}>
            {t('disclosure.rounding')}
          </Text>
        </section>
      </Box>
      <AccountSection />
    </Flex>
  );
}

function LatestFigures() {
  const { t, i18n } = useTranslation('supporters');
  const locale = useLocale();
  const trpc = useTRPC();
  const latest = useQuery(trpc.impact.latest.queryOptions());

  let body;
  if (latest.isPending) body = <LoadingState />;
  else if (latest.isError) body = <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />;
  else if (!latest.data || latest.data.figures.length === 0)
    body = <EmptyState headingLevel="h3" title={t('impact.empty.title')} body={t('impact.empty.body')} />;
  else {
    const snapshot = latest.data;
    const words = quarterWords(snapshot.quarter, locale);
    // Indicator and note ids are labelled from the translation files; an id the portal does not
    // know yet is shown as sent rather than hidden.
    const label = (key: string) => translated(i18n, [`values:impactIndicator.${key}`, `supporters:figures.${key}`], key);
    const noteText = (note: string) => translated(i18n, [`values:figureNote.${note}`], note);
    body = (
      <>
        <Text as="p" color="gray" mb="3">
          {t('impact.period', { quarter: words ? t('impact.quarter', words) : snapshot.quarter, date: formatDate(snapshot.publishedAt, locale) })}
        </Text>
        <Grid asChild columns={{ initial: '1', sm: '2', md: '3' }} gap="4">
          <dl style={{ margin: 0 }}>
            {snapshot.figures.map((figure) => (
              <Card key={figure.key} size="3" data-testid="impact-figure">
                <Text as="div" size="2" color="gray" asChild>
                  <dt>{label(figure.key)}</dt>
                </Text>
                <Text as="div" size="8" weight="bold" asChild>
                  <dd style={{ margin: 0 }} aria-describedby={figure.value.includes('<') ? 'disclosure-less-than-ten' : undefined}>
                    {figure.value}
                  </dd>
                </Text>
                {figure.note ? (
                  <Text as="div" size="2" color="gray" mt="1" asChild>
                    <dd style={{ margin: 0 }}>{noteText(figure.note)}</dd>
                  </Text>
                ) : null}
              </Card>
            ))}
          </dl>
        </Grid>
      </>
    );
  }

  return (
    <Box asChild>
      <section aria-labelledby="impact-heading">
        <Heading as="h2" id="impact-heading" size="6" mb="3">
          {t('impact.heading')}
        </Heading>
        {body}
      </section>
    </Box>
  );
}

/** The first of these keys the translation files have (checked at run time, so not typed), else the fallback. */
function translated(i18n: { exists: (key: string) => boolean; t: unknown }, keys: string[], fallback: string): string {
  const translator = i18n as { exists: (key: string) => boolean; t: (key: string) => string };
  const key = keys.find((k) => translator.exists(k));
  return key ? translator.t(key) : fallback;
}

function AccountSection() {
  const { t } = useTranslation(['supporters', 'values']);
  const me = useCurrentUser();
  if (me.isPending) return null;
  const user = me.data ?? null;
  return (
    <Box asChild>
      <section aria-labelledby="account-heading">
        <Heading as="h2" id="account-heading" size="5" mb="2">
          {t('account.heading')}
        </Heading>
        {user ? (
          <Text as="p">{t('account.signedInAs', { name: user.displayName, role: t(`values:role.${user.role}`) })}</Text>
        ) : (
          <Text as="p">
            {t('account.signInPrompt')}{' '}
            <RadixLink asChild underline="always">
              <Link href="/sign-in">{t('account.signIn')}</Link>
            </RadixLink>
          </Text>
        )}
      </section>
    </Box>
  );
}
