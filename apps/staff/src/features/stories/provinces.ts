// The provinces a story may name. The staff API lists no provinces by name yet, so the choices are the
// provinces of the communes the person works in (a commune's code starts with its province's), shown by code.
// The server checks the code against the gazetteer; supporters see the province's name.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useProvinceCodes(extra: string | null): string[] {
  const trpc = useTRPC();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const codes = new Set((communes.data ?? []).map((c) => c.code.slice(0, 2)));
  if (extra) codes.add(extra);
  return [...codes].sort();
}
