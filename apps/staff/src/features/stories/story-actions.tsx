// The next step of a story for the person looking at it, and the withdrawal of consent for everyone.
import { Button, Callout, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser, Role } from '@kruosar/domain';
import { errorMessage } from '@kruosar/ui';
import type { StoryDetail, StorySteps } from './use-stories';

const mayReview = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'analyst';

type Props = { story: StoryDetail; user: CurrentUser; steps: StorySteps; mayEdit: boolean; onEdit: () => void };

export function StoryActions({ story: s, user, steps, mayEdit, onEdit }: Props) {
  const { t, i18n } = useTranslation('staff');
  const ref = { id: s.id, expectedVersion: s.version };
  const wrote = s.authorId === user.id || s.current.editedBy === user.id;
  const failed = [steps.submit, steps.review, steps.publish, steps.withdraw].find((m) => m.isError);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);

  return (
    <Card size="3" asChild>
      <section aria-labelledby="story-next-heading">
        <Heading as="h2" id="story-next-heading" size="4" mb="3">
          {t('stories.actions.heading')}
        </Heading>
        {s.returnReason && s.status === 'draft' ? (
          <Callout.Root color="amber" highContrast mb="3">
            <Callout.Text weight="bold">{t('stories.actions.returned')}</Callout.Text>
            <Callout.Text>{s.returnReason}</Callout.Text>
          </Callout.Root>
        ) : null}
        <Flex gap="3" wrap="wrap" align="start">
          {mayEdit ? (
            <Button type="button" variant="soft" onClick={onEdit}>
              {t('stories.actions.edit')}
            </Button>
          ) : null}
          {s.status === 'draft' && mayEdit ? (
            <Button type="button" loading={steps.submit.isPending} onClick={() => steps.submit.mutate(ref)}>
              {t('stories.actions.submit')}
            </Button>
          ) : null}
          {s.status === 'in_review' && mayReview(user.role) && !wrote && !returning ? (
            <Button type="button" color="green" loading={steps.review.isPending} onClick={() => steps.review.mutate({ ...ref, decision: 'approve', reason: '' })}>
              {t('stories.actions.approve')}
            </Button>
          ) : null}
          {s.status === 'in_review' && mayReview(user.role) && !wrote && !returning ? (
            <Button type="button" color="amber" variant="soft" onClick={() => setReturning(true)}>
              {t('stories.actions.return')}
            </Button>
          ) : null}
          {s.status === 'approved' && mayReview(user.role) ? (
            <Button type="button" loading={steps.publish.isPending} disabled={s.consentExpired} onClick={() => steps.publish.mutate(ref)}>
              {t('stories.actions.publish')}
            </Button>
          ) : null}
        </Flex>
        {s.status === 'in_review' && wrote ? (
          <Text as="p" mt="2">
            {t('stories.actions.ownStory')}
          </Text>
        ) : null}
        {s.status === 'in_review' && !mayReview(user.role) && !wrote ? (
          <Text as="p" mt="2">
            {t('stories.actions.waitingForReview')}
          </Text>
        ) : null}
        {returning ? (
          <Flex direction="column" gap="2" mt="3">
            <Text as="label" htmlFor="story-return-reason" size="2" weight="bold">
              {t('stories.actions.returnReason')}
            </Text>
            <TextArea id="story-return-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            <Flex gap="3">
              <Button
                type="button"
                color="amber"
                disabled={reason.trim() === ''}
                loading={steps.review.isPending}
                onClick={() => steps.review.mutate({ ...ref, decision: 'return', reason: reason.trim() }, { onSuccess: () => setReturning(false) })}
              >
                {t('stories.actions.confirmReturn')}
              </Button>
              <Button type="button" variant="soft" color="gray" onClick={() => setReturning(false)}>
                {t('stories.form.cancel')}
              </Button>
            </Flex>
          </Flex>
        ) : null}
        {s.status !== 'withdrawn' ? (
          <Flex direction="column" gap="2" mt="4" align="start">
            {!confirmWithdraw ? (
              <Button type="button" color="red" variant="soft" onClick={() => setConfirmWithdraw(true)}>
                {t('stories.actions.withdraw')}
              </Button>
            ) : (
              <Flex direction="column" gap="2" role="group" aria-labelledby="withdraw-warning">
                <Text as="p" id="withdraw-warning" weight="bold">
                  {t('stories.actions.withdrawWarning')}
                </Text>
                <Flex gap="3">
                  <Button type="button" color="red" loading={steps.withdraw.isPending} onClick={() => steps.withdraw.mutate({ id: s.id }, { onSuccess: () => setConfirmWithdraw(false) })}>
                    {t('stories.actions.confirmWithdraw')}
                  </Button>
                  <Button type="button" variant="soft" color="gray" onClick={() => setConfirmWithdraw(false)}>
                    {t('stories.form.cancel')}
                  </Button>
                </Flex>
              </Flex>
            )}
          </Flex>
        ) : (
          <Text as="p" mt="2">
            {t('stories.actions.withdrawnForGood')}
          </Text>
        )}
        {failed ? (
          <Callout.Root color="red" role="alert" mt="3">
            <Callout.Text>{errorMessage(failed.error, i18n)}</Callout.Text>
          </Callout.Root>
        ) : null}
      </section>
    </Card>
  );
}
