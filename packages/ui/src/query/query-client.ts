// TanStack Query defaults for staff and supporters: no retries for refusals, and a lapsed session
// sends the person back to the sign-in screen.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { describeError, isClientMistake } from '../client/errors';

// tRPC's key for the auth.me query (its path as an array, then the input).
const whoAmIKey = [['auth', 'me']];

const isWhoAmI = (queryKey: readonly unknown[]) => JSON.stringify(queryKey[0]) === JSON.stringify(whoAmIKey[0]);

export function createPortalQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Any other query refused for lack of a session: ask "who am I" again; it answers null.
        if (!isWhoAmI(query.queryKey) && describeError(error).code === 'UNAUTHORIZED') {
          void queryClient.invalidateQueries({ queryKey: whoAmIKey });
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !isClientMistake(error) && failures < 2,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

/**
 * After sign-out nothing fetched for the previous person may stay in memory (children's data):
 * drop every cached query, then record that nobody is signed in.
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !isWhoAmI(query.queryKey) });
  queryClient.setQueriesData({ queryKey: whoAmIKey }, null);
}
