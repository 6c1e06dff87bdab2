// The link at the foot of each quarterly update: stops it without signing in (the signed token says who). A press
// of the button, not the page load, does it, so a mail program that opens links to check them stops nothing.
import { Box, Button, Callout, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { errorMessage, usePageTitle } from '@kruosar/ui';
import { useUnsubscribe } from './use-giving';

export function UnsubscribeScreen({ token }: { token: string }) {
  const { t, i18n } = useTranslation('supporters');
  usePageTitle(t('giving.unsubscribe.title'));
  const unsubscribe = useUnsubscribe();
  return (
    <Box style={{ maxWidth: '40rem' }}>
      <Heading as="h1" size="8" mb="3">
        {t('giving.unsubscribe.heading')}
      </Heading>
      {!token ? (
        <Text as="p">{t('giving.unsubscribe.noToken')}</Text>
      ) : unsubscribe.isSuccess ? (
        <Callout.Root color="green" role="status">
          <Callout.Text>{t('giving.unsubscribe.done')}</Callout.Text>
        </Callout.Root>
      ) : (
        <>
          <Text as="p" mb="4">
            {t('giving.unsubscribe.intro')}
          </Text>
          <Button type="button" size="3" loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate({ token })}>
            {t('giving.unsubscribe.button')}
          </Button>
          {unsubscribe.isError ? (
            <Text as="p" color="red" role="alert" mt="3">
              {errorMessage(unsubscribe.error, i18n)}
            </Text>
          ) : null}
        </>
      )}
    </Box>
  );
}
