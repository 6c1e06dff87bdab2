// Who is signed in to the supporters portal, and signing in and out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { forgetSession } from '@kruosar/ui';
import { useTRPC } from './trpc';

export function useCurrentUser() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: Infinity });
}

export function useSignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (user) => queryClient.setQueryData(trpc.auth.me.queryKey(), user),
    }),
  );
}

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Forget the session's data even if the server could not be reached: the person asked to leave.
  return useMutation(trpc.auth.signOut.mutationOptions({ onSettled: () => forgetSession(queryClient) }));
}
