// The provinces a story may name (the finest place a story may give), by name in the user's language.
import { useQuery } from '@tanstack/react-query';
import type { GeoUnit } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';

export function useProvinces(): GeoUnit[] {
  const trpc = useTRPC();
  return useQuery(trpc.geography.provinces.queryOptions()).data ?? [];
}

/** A province's name in the user's language; the code while the list is still loading. */
export function useProvinceName(code: string | null, locale: 'en' | 'km'): string | null {
  const province = useProvinces().find((p) => p.code === code);
  if (!code) return null;
  return province ? (locale === 'km' ? province.nameKm : province.nameLatin) : code;
}
