// One receipt, laid out for paper: the page the server prints to PDF with Chromium (data-receipt-ready tells it
// the data and the page's language are in), and the page a donor can print from the browser.
import { Box, Button, Card, DataList, Flex, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { moneyText, receiptPdfHref, useReceipt } from './use-giving';

export function ReceiptScreen({ giftId }: { giftId: string }) {
  const { t } = useTranslation('supporters');
  const locale = useLocale();
  const receipt = useReceipt(giftId);
  usePageTitle(receipt.data ? t('giving.receipt.title', { number: receipt.data.receiptNumber }) : t('giving.receipt.heading'));

  if (receipt.isPending) return <LoadingState />;
  if (receipt.isError) return <ErrorState error={receipt.error} onRetry={() => void receipt.refetch()} />;
  const r = receipt.data;
  const rows: [string, string][] = [
    [t('giving.receipt.number'), r.receiptNumber],
    [t('giving.receipt.donor'), r.donorName],
    [t('giving.receipt.date'), formatDate(r.givenOn, locale)],
    [t('giving.receipt.amount'), moneyText(r.amountMinor, r.currency)],
    [t('giving.receipt.programme'), r.programmeName],
    [t('giving.receipt.issued'), formatDate(r.issuedOn, locale)],
    [t('giving.receipt.from'), r.organisation],
  ];
  return (
    <Box style={{ maxWidth: '40rem' }} data-receipt-ready="">
      <Flex gap="3" mb="4" wrap="wrap" className="kr-no-print">
        <RadixLink asChild underline="always">
          <Link href="/giving">{t('giving.receipt.back')}</Link>
        </RadixLink>
      </Flex>
      <Card size="4">
        <Text as="p" size="4" weight="bold" mb="1">
          {r.organisation}
        </Text>
        <Heading as="h1" size="7" mb="2">
          {t('giving.receipt.heading')}
        </Heading>
        <Text as="p" mb="4">
          {t('giving.receipt.thanks')}
        </Text>
        <DataList.Root orientation={{ initial: 'vertical', sm: 'horizontal' }}>
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.Label minWidth="12rem">{label}</DataList.Label>
              <DataList.Value data-testid="receipt-value">{value}</DataList.Value>
            </DataList.Item>
          ))}
        </DataList.Root>
        <Text as="p" size="2" color="gray" mt="4">
          {t('giving.receipt.footer', { organisation: r.organisation })}
        </Text>
      </Card>
      <Flex gap="3" mt="4" className="kr-no-print">
        <Button type="button" variant="soft" onClick={() => window.print()}>
          {t('giving.receipt.print')}
        </Button>
        <Button asChild>
          <a href={receiptPdfHref(r.id, locale)} download>
            {t('giving.receipt.pdf')}
          </a>
        </Button>
      </Flex>
    </Box>
  );
}
