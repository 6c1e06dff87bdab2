// Addresses of the case page's workflow tabs, for links from the approvals inbox and the due lists.
export type WorkflowTab = 'assessment' | 'case-plan' | 'services' | 'placements' | 'follow-ups' | 'referrals' | 'closure' | 'tracing';

export const caseTabHref = (caseId: string, tab: WorkflowTab) => `/cases/${encodeURIComponent(caseId)}/${tab}`;
