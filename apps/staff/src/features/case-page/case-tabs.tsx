// The case page's tabs, in the order shown. To add one: import its component and add an entry where the
// comment says (label in staff.json, en and km). Each tab gets the case detail and the signed-in person.
import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import type { CurrentUser } from '@kruosar/domain';
import type { CaseTabProps } from './case-types';
import { NotesTab } from './notes-tab';
import { OverviewTab } from './overview-tab';
import { TimelineTab } from './timeline-tab';
import { AssessmentTab } from '../assessment/assessment-tab';
import { PlanTab } from '../case-plan/plan-tab';
import { ClosureTab } from '../closure/closure-tab';
import { FollowUpsTab } from '../follow-ups/follow-ups-tab';
import { PlacementsTab } from '../placements/placements-tab';
import { ReferralsTab } from '../referrals/referrals-tab';
import { ServicesTab } from '../services/services-tab';
import { TracingTab } from '../tracing/tracing-tab';

export type CaseTab = {
  /** The address's last part (/cases/<case id>/<tab id>), so a tab can be linked to and survives a reload. */
  id: string;
  labelKey: ParseKeys<'staff'>;
  component: ComponentType<CaseTabProps>;
  /** Leave out for every role that may open a case page. */
  visibleTo?: (user: CurrentUser) => boolean;
};

export const caseTabs: CaseTab[] = [
  { id: 'overview', labelKey: 'casePage.tabs.overview', component: OverviewTab },
  // Workflow tabs go here, their ids as in case-workflow/case-links.ts (assessment, case-plan, services, ...).
  { id: 'assessment', labelKey: 'assessment.heading', component: AssessmentTab },
  { id: 'case-plan', labelKey: 'plan.heading', component: PlanTab },
  { id: 'services', labelKey: 'services.heading', component: ServicesTab },
  { id: 'tracing', labelKey: 'casePage.tabs.tracing', component: TracingTab },
  { id: 'placements', labelKey: 'placements.heading', component: PlacementsTab },
  { id: 'follow-ups', labelKey: 'followUps.heading', component: FollowUpsTab },
  { id: 'referrals', labelKey: 'referrals.heading', component: ReferralsTab },
  { id: 'closure', labelKey: 'closure.heading', component: ClosureTab },
  { id: 'notes', labelKey: 'casePage.tabs.notes', component: NotesTab },
  { id: 'timeline', labelKey: 'casePage.tabs.timeline', component: TimelineTab },
];
