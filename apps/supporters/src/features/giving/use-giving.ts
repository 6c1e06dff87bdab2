// The donor's own giving (gifts, programmes, receipts) and their choice of the quarterly update.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatAmount, type GiftCurrency, type Locale } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';

export function useMyGiving() {
  const trpc = useTRPC();
  return useQuery(trpc.giving.mine.queryOptions());
}

export function useReceipt(giftId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.giving.receipt.queryOptions({ giftId }, { retry: false }));
}

export function useDonorUpdates() {
  const trpc = useTRPC();
  return useQuery(trpc.giving.updates.queryOptions());
}

export function useSaveDonorUpdates() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.giving.saveUpdates.mutationOptions({ onSuccess: (saved) => queryClient.setQueryData(trpc.giving.updates.queryKey(), saved) }));
}

export function useUnsubscribe() {
  const trpc = useTRPC();
  return useMutation(trpc.giving.unsubscribe.mutationOptions());
}

/** "250.00 USD": the same text in both languages (Khmer writes numbers like English), on screen and receipt. */
export const moneyText = (amountMinor: number, currency: GiftCurrency) => formatAmount(amountMinor, currency);

/** Where the PDF of a receipt is printed, in the screen's language. */
export const receiptPdfHref = (giftId: string, locale: Locale) => `/api/supporters/receipt.pdf?giftId=${encodeURIComponent(giftId)}&lang=${locale}`;
