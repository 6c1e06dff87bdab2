// The donor's page: the programmes they support, their gifts with receipts, the published reach (the latest
// published snapshot, never live data), recent published stories, the giving page and the quarterly update.
import { Box, Button, Card, Flex, Grid, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useCurrentUser } from '../../lib/auth';
import { HeadlineFigures } from '../impact/headline-figures';
import { usePublishedStories } from '../stories/use-published-stories';
import { UpdatesForm } from './updates-form';
import { moneyText, receiptPdfHref, useMyGiving } from './use-giving';

export function GivingScreen() {
  const { t } = useTranslation('supporters');
  usePageTitle(t('giving.title'));
  const me = useCurrentUser();
  const user = me.data ?? null;

  let body;
  if (me.isPending) body = <LoadingState />;
  else if (!user)
    body = (
      <Text as="p">
        {t('giving.signInFirst')}{' '}
        <RadixLink asChild underline="always">
          <Link href="/sign-in">{t('account.signIn')}</Link>
        </RadixLink>
      </Text>
    );
  else if (user.role !== 'donor') body = <Text as="p">{t('giving.notDonor')}</Text>;
  else body = <DonorArea />;

  return (
    <>
      <Heading as="h1" size="8" mb="2">
        {t('giving.heading')}
      </Heading>
      <Text as="p" size="3" mb="4" style={{ maxWidth: '48rem' }}>
        {t('giving.intro')}
      </Text>
      {body}
    </>
  );
}

function DonorArea() {
  const { t } = useTranslation('supporters');
  const locale = useLocale();
  const giving = useMyGiving();
  if (giving.isPending) return <LoadingState />;
  if (giving.isError) return <ErrorState error={giving.error} onRetry={() => void giving.refetch()} />;
  const { gifts, programmes, givingPageUrl } = giving.data;
  return (
    <Flex direction="column" gap="6">
      {givingPageUrl ? (
        <Box>
          <Button asChild size="3">
            <a href={givingPageUrl} rel="noopener noreferrer" target="_blank">
              {t('giving.givePage')}
            </a>
          </Button>
          <Text as="p" size="2" color="gray" mt="2">
            {t('giving.givePageNote')}
          </Text>
        </Box>
      ) : null}

      <section aria-labelledby="programmes-heading">
        <Heading as="h2" id="programmes-heading" size="6" mb="3">
          {t('giving.programmes.heading')}
        </Heading>
        {programmes.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('giving.gifts.empty.title')} body={t('giving.gifts.empty.body')} />
        ) : (
          <Grid columns={{ initial: '1', sm: '2' }} gap="4" asChild>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {programmes.map((p) => (
                <Card asChild key={p.id} size="3">
                  <li data-testid="supported-programme">
                    <Heading as="h3" size="4" mb="1">
                      {p.name}
                    </Heading>
                    <Text as="p" size="2" color="gray" mb="2">
                      {p.description || t('giving.programmes.noDescription')}
                    </Text>
                    <Text as="p">{t('giving.programmes.total', { amount: p.totals.map((x) => moneyText(x.amountMinor, x.currency)).join(' + ') })}</Text>
                    <Text as="p" size="2" color="gray">
                      {t('giving.programmes.last', { date: formatDate(p.lastGivenOn, locale) })}
                    </Text>
                  </li>
                </Card>
              ))}
            </ul>
          </Grid>
        )}
      </section>

      <section aria-labelledby="gifts-heading">
        <Heading as="h2" id="gifts-heading" size="6" mb="3">
          {t('giving.gifts.heading')}
        </Heading>
        {gifts.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('giving.gifts.empty.title')} body={t('giving.gifts.empty.body')} />
        ) : (
          <Table.Root variant="surface" size="2">
            <caption className="kr-visually-hidden">{t('giving.gifts.caption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('giving.gifts.date')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('giving.gifts.amount')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('giving.gifts.programme')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('giving.gifts.receipt')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {gifts.map((g) => (
                <Table.Row key={g.id} data-testid="gift-row">
                  <Table.RowHeaderCell>{formatDate(g.givenOn, locale)}</Table.RowHeaderCell>
                  <Table.Cell>{moneyText(g.amountMinor, g.currency)}</Table.Cell>
                  <Table.Cell>{g.programmeName}</Table.Cell>
                  <Table.Cell>
                    <Flex gap="3" wrap="wrap">
                      <RadixLink asChild underline="always">
                        <Link href={`/giving/receipts/${g.id}`} aria-label={t('giving.gifts.view', { number: g.receiptNumber })}>
                          {g.receiptNumber}
                        </Link>
                      </RadixLink>
                      <RadixLink href={receiptPdfHref(g.id, locale)} underline="always" download aria-label={t('giving.gifts.pdf', { number: g.receiptNumber })}>
                        PDF
                      </RadixLink>
                    </Flex>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </section>

      <section aria-labelledby="reach-heading">
        <Heading as="h2" id="reach-heading" size="6" mb="2">
          {t('giving.reach.heading')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="3" style={{ maxWidth: '48rem' }}>
          {t('giving.reach.note')}
        </Text>
        <HeadlineFigures />
      </section>

      <RecentStories />
      <UpdatesForm />
    </Flex>
  );
}

function RecentStories() {
  const { t } = useTranslation('supporters');
  const stories = usePublishedStories();
  if (stories.isPending || stories.isError || stories.data.length === 0) return null;
  return (
    <section aria-labelledby="recent-stories-heading">
      <Heading as="h2" id="recent-stories-heading" size="6" mb="2">
        {t('giving.stories.heading')}
      </Heading>
      <ul>
        {stories.data.slice(0, 3).map((s) => (
          <li key={s.id} lang={s.locale}>
            <RadixLink asChild underline="always">
              <Link href={`/stories/${s.id}`}>{s.title}</Link>
            </RadixLink>
          </li>
        ))}
      </ul>
      <RadixLink asChild underline="always">
        <Link href="/stories">{t('giving.stories.all')}</Link>
      </RadixLink>
    </section>
  );
}
