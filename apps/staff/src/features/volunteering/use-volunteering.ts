// Staff side of volunteering: shifts with their sign-ups, volunteers' safeguarding, hours to approve, applications.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useVolunteeringData() {
  const trpc = useTRPC();
  return {
    opportunities: useQuery(trpc.volunteering.opportunities.queryOptions({})),
    volunteers: useQuery(trpc.safeguarding.volunteers.queryOptions()),
    hours: useQuery(trpc.volunteering.hours.queryOptions({ status: 'submitted' })),
    applications: useQuery(trpc.volunteerApplications.list.queryOptions({ status: 'pending' })),
  };
}

/** Safeguarding confirms held sign-ups, so a change to either refreshes both. */
export function useVolunteeringSteps() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.volunteering.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.safeguarding.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.volunteerApplications.pathKey() }),
    ]);
  const options = { onSettled: refresh };
  return {
    createOpportunity: useMutation(trpc.volunteering.createOpportunity.mutationOptions(options)),
    cancelOpportunity: useMutation(trpc.volunteering.cancelOpportunity.mutationOptions(options)),
    decideHours: useMutation(trpc.volunteering.decideHours.mutationOptions(options)),
    recordSafeguarding: useMutation(trpc.safeguarding.record.mutationOptions(options)),
    revokeSafeguarding: useMutation(trpc.safeguarding.revoke.mutationOptions(options)),
    // Accepting adds a volunteer (and their pending checks) to the safeguarding list.
    acceptApplication: useMutation(trpc.volunteerApplications.accept.mutationOptions(options)),
    declineApplication: useMutation(trpc.volunteerApplications.decline.mutationOptions(options)),
  };
}

type Data = ReturnType<typeof useVolunteeringData>;
export type StaffOpportunity = NonNullable<Data['opportunities']['data']>[number];
export type VolunteerSafeguarding = NonNullable<Data['volunteers']['data']>[number];
export type StaffHours = NonNullable<Data['hours']['data']>[number];
export type VolunteerApplication = NonNullable<Data['applications']['data']>[number];
export type VolunteeringSteps = ReturnType<typeof useVolunteeringSteps>;
