// The case page's tabs, in the order shown. To add one: declare its component lazily as the others are and add an
// entry where the comment says (label in staff.json, en and km). Each tab gets the case detail and the signed-in
// person. Each tab is its own chunk: opening a case fetches the open tab's code, not all eleven.
import { lazy, type ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import type { CurrentUser } from '@kruosar/domain';
import type { CaseTabProps } from './case-types';

const NotesTab = lazy(() => import('./notes-tab').then((m) => ({ default: m.NotesTab })));
const OverviewTab = lazy(() => import('./overview-tab').then((m) => ({ default: m.OverviewTab })));
const TimelineTab = lazy(() => import('./timeline-tab').then((m) => ({ default: m.TimelineTab })));
const AssessmentTab = lazy(() => import('../assessment/assessment-tab').then((m) => ({ default: m.AssessmentTab })));
const PlanTab = lazy(() => import('../case-plan/plan-tab').then((m) => ({ default: m.PlanTab })));
const ClosureTab = lazy(() => import('../closure/closure-tab').then((m) => ({ default: m.ClosureTab })));
const FollowUpsTab = lazy(() => import('../follow-ups/follow-ups-tab').then((m) => ({ default: m.FollowUpsTab })));
const PlacementsTab = lazy(() => import('../placements/placements-tab').then((m) => ({ default: m.PlacementsTab })));
const ReferralsTab = lazy(() => import('../referrals/referrals-tab').then((m) => ({ default: m.ReferralsTab })));
const ServicesTab = lazy(() => import('../services/services-tab').then((m) => ({ default: m.ServicesTab })));
const TracingTab = lazy(() => import('../tracing/tracing-tab').then((m) => ({ default: m.TracingTab })));

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
