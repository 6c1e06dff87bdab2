// The volunteer's own data (shifts, sign-ups, hours, safeguarding) and the changes they can make to it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useVolunteerData() {
  const trpc = useTRPC();
  return {
    opportunities: useQuery(trpc.volunteering.opportunities.queryOptions()),
    signups: useQuery(trpc.volunteering.mySignUps.queryOptions()),
    safeguarding: useQuery(trpc.volunteering.mySafeguarding.queryOptions()),
    hours: useQuery(trpc.volunteering.myHours.queryOptions()),
  };
}

/** After any change, everything of the volunteer's is read again: places left and statuses move together. */
function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.volunteering.pathKey() });
}

export function useSignUp() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.volunteering.signUp.mutationOptions({ onSettled: refresh }));
}

export function useCancelSignUp() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.volunteering.cancelSignUp.mutationOptions({ onSettled: refresh }));
}

export function useLogHours() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.volunteering.logHours.mutationOptions({ onSuccess: refresh }));
}

type Data = ReturnType<typeof useVolunteerData>;
export type OpenShift = NonNullable<Data['opportunities']['data']>[number];
export type MySignup = NonNullable<Data['signups']['data']>[number];
export type HoursEntry = NonNullable<Data['hours']['data']>['entries'][number];
