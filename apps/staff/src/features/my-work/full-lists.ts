// Where each My work list continues past its first ten: the app's full list of the same items, when it has one.
// Returned work, plan actions and plan reviews have no list of their own (their items open the case).
export type MyWorkListId = 'first-contacts' | 'returned' | 'approvals' | 'visits' | 'plan-actions' | 'plan-reviews' | 'referrals' | 'hive-needs';

export function fullListHref(id: MyWorkListId, opts: { approver: boolean }): string | undefined {
  switch (id) {
    case 'visits':
      return '/follow-ups';
    case 'referrals':
      return '/referrals';
    case 'hive-needs':
      return '/needs';
    // The approvals inbox holds what waits for the approver's decision, not what someone else submitted.
    case 'approvals':
      return opts.approver ? '/approvals' : undefined;
    default:
      return undefined;
  }
}
