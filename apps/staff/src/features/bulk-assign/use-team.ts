// The caseworkers and supervisors a supervisor may give cases to, per commune and all together.
import { useQueries } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';
import type { StaffOutputs } from '../case-page/case-types';

export type TeamMember = StaffOutputs['cases']['assignableStaff'][number];

export const mayAssign = (role: string) => role === 'admin' || role === 'supervisor';

/**
 * Staff of each commune, asked once per commune (the server lists them per commune). `everyone` merges them;
 * `coveringAll` keeps those who work in every one of the communes, the only ones who may take all the cases.
 */
export function useTeam(communeCodes: string[], enabled = true) {
  const trpc = useTRPC();
  const results = useQueries({
    queries: communeCodes.map((communeCode) => ({ ...trpc.cases.assignableStaff.queryOptions({ communeCode }), enabled, staleTime: 5 * 60_000 })),
  });
  const pending = enabled && results.some((r) => r.isPending);
  const error = results.find((r) => r.error)?.error ?? null;
  const lists = results.map((r) => r.data ?? []);
  const everyone = new Map<string, TeamMember>();
  for (const list of lists) for (const member of list) if (!everyone.has(member.id)) everyone.set(member.id, member);
  const coveringAll = [...everyone.values()].filter((member) => lists.every((list) => list.some((m) => m.id === member.id)));
  const byName = (a: TeamMember, b: TeamMember) => a.displayName.localeCompare(b.displayName);
  return { pending, error, everyone: [...everyone.values()].sort(byName), coveringAll: coveringAll.sort(byName), refetch: () => results.forEach((r) => void r.refetch()) };
}
