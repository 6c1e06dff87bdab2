// The published stories whose consent still holds (the server checks consent and its expiry on every read).
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function usePublishedStories() {
  const trpc = useTRPC();
  return useQuery(trpc.stories.published.queryOptions());
}

export type PublishedStory = NonNullable<ReturnType<typeof usePublishedStories>['data']>[number];
