// Stories for staff: the list, one story with its versions, and the steps from draft to published (or withdrawn).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useStoryList() {
  const trpc = useTRPC();
  return useQuery(trpc.stories.list.queryOptions());
}

export function useStory(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.stories.byId.queryOptions({ id }));
}

/** The automatic checks of the story's current version; refetched whenever a step changes the story. */
export function useStoryChecks(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.stories.checks.queryOptions({ id }));
}

export function useStorySteps() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = { onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.stories.pathKey() }) };
  return {
    create: useMutation(trpc.stories.create.mutationOptions(options)),
    update: useMutation(trpc.stories.update.mutationOptions(options)),
    submit: useMutation(trpc.stories.submitForReview.mutationOptions(options)),
    review: useMutation(trpc.stories.review.mutationOptions(options)),
    publish: useMutation(trpc.stories.publish.mutationOptions(options)),
    withdraw: useMutation(trpc.stories.withdrawConsent.mutationOptions(options)),
    overrule: useMutation(trpc.stories.overruleFinding.mutationOptions(options)),
  };
}

export type StoryDetail = NonNullable<ReturnType<typeof useStory>['data']>;
export type StorySummary = NonNullable<ReturnType<typeof useStoryList>['data']>[number];
export type StorySteps = ReturnType<typeof useStorySteps>;

export const storyStatusColour = { draft: 'gray', in_review: 'amber', approved: 'teal', published: 'green', withdrawn: 'red' } as const;
