// Stories for the public: staff write them, a second person reviews, then they are published until consent
// ends. The list shows where each one stands and when its consent runs out.
import { Badge, Button, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { storyStatusColour, useStoryList } from './use-stories';
import { mayWriteStories } from './story-permissions';

export { mayWriteStories };

export function StoriesScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation(['staff', 'values']);
  usePageTitle(t('stories.title'));
  const locale = useLocale();
  const list = useStoryList();

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="start" gap="3" wrap="wrap">
        <div>
          <Heading as="h1" size="7" mb="2">
            {t('stories.heading')}
          </Heading>
          <Text as="p" color="gray" style={{ maxWidth: '48rem' }}>
            {t('stories.intro')}
          </Text>
        </div>
        {mayWriteStories(user.role) ? (
          <Button asChild>
            <Link href="/stories/new">{t('stories.write')}</Link>
          </Button>
        ) : null}
      </Flex>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('stories.empty.title')} body={t('stories.empty.body')} />
      ) : (
        <Table.Root variant="surface">
          <caption className="kr-visually-hidden">{t('stories.tableLabel')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('stories.columns.title')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('stories.columns.pseudonym')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('stories.columns.status')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('stories.columns.author')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('stories.columns.consentUntil')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.map((s) => (
              <Table.Row key={s.id} data-testid="story-row">
                <Table.RowHeaderCell>
                  <RadixLink asChild underline="always">
                    <Link href={`/stories/${s.id}`}>{s.current.title}</Link>
                  </RadixLink>
                </Table.RowHeaderCell>
                <Table.Cell>{s.current.pseudonym}</Table.Cell>
                <Table.Cell>
                  <Flex gap="1" wrap="wrap">
                    <Badge color={storyStatusColour[s.status]} highContrast>
                      {t(`values:storyStatus.${s.status}`)}
                    </Badge>
                    {s.live ? (
                      <Badge color="green" variant="outline" highContrast>
                        {t('stories.live')}
                      </Badge>
                    ) : null}
                  </Flex>
                </Table.Cell>
                <Table.Cell>{s.authorName}</Table.Cell>
                <Table.Cell>
                  {formatDate(s.consentExpiresOn, locale)}
                  {s.consentExpired ? (
                    <Badge color="red" ml="2" highContrast>
                      {t('stories.expired')}
                    </Badge>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </Flex>
  );
}
