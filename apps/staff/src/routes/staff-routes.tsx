// The staff sections: dashboard, caseload, intake, case pages, the hive triage queue (not for analysts, who see no needs) and the commune hives.
// Home (/) is My work for every role: what waits for the signed-in person, each item linked to where to act.
import { Heading, TabNav, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import type { CurrentUser, Role } from '@kruosar/domain';
import { LoadingState, usePageTitle } from '@kruosar/ui';
import { lazy, Suspense } from 'react';
import { mayWriteStories } from '../features/stories/story-permissions';

// Each screen is its own chunk, fetched when its route is first opened: the first load carries one screen, not all.
const CaseloadScreen = lazy(() => import('../features/caseload/caseload-screen').then((m) => ({ default: m.CaseloadScreen })));
const CasePageScreen = lazy(() => import('../features/case-page/case-page-screen').then((m) => ({ default: m.CasePageScreen })));
const DashboardScreen = lazy(() => import('../features/dashboard/dashboard-screen').then((m) => ({ default: m.DashboardScreen })));
const IntakeScreen = lazy(() => import('../features/intake/intake-screen').then((m) => ({ default: m.IntakeScreen })));
const TriageQueueScreen = lazy(() => import('../features/needs/triage-queue-screen').then((m) => ({ default: m.TriageQueueScreen })));
const PhonedInNeedScreen = lazy(() => import('../features/needs/phoned-in-need-screen').then((m) => ({ default: m.PhonedInNeedScreen })));
const NeedTriageScreen = lazy(() => import('../features/needs/need-triage-screen').then((m) => ({ default: m.NeedTriageScreen })));
const HivesScreen = lazy(() => import('../features/hives/hives-screen').then((m) => ({ default: m.HivesScreen })));
const HiveScreen = lazy(() => import('../features/hives/hive-screen').then((m) => ({ default: m.HiveScreen })));
const ApprovalsScreen = lazy(() => import('../features/approvals/approvals-screen').then((m) => ({ default: m.ApprovalsScreen })));
const DueVisitsScreen = lazy(() => import('../features/follow-ups/due-visits-screen').then((m) => ({ default: m.DueVisitsScreen })));
const SnapshotScreen = lazy(() => import('../features/snapshots/snapshot-screen').then((m) => ({ default: m.SnapshotScreen })));
const SnapshotsScreen = lazy(() => import('../features/snapshots/snapshots-screen').then((m) => ({ default: m.SnapshotsScreen })));
const NewStoryScreen = lazy(() => import('../features/stories/new-story-screen').then((m) => ({ default: m.NewStoryScreen })));
const StoriesScreen = lazy(() => import('../features/stories/stories-screen').then((m) => ({ default: m.StoriesScreen })));
const StoryScreen = lazy(() => import('../features/stories/story-screen').then((m) => ({ default: m.StoryScreen })));
const VolunteeringScreen = lazy(() => import('../features/volunteering/volunteering-screen').then((m) => ({ default: m.VolunteeringScreen })));
const SessionsScreen = lazy(() => import('../features/account/sessions-screen').then((m) => ({ default: m.SessionsScreen })));
const ImportScreen = lazy(() => import('../features/import/import-screen').then((m) => ({ default: m.ImportScreen })));
const AuditScreen = lazy(() => import('../features/audit/audit-screen').then((m) => ({ default: m.AuditScreen })));
const UsersScreen = lazy(() => import('../features/users/users-screen').then((m) => ({ default: m.UsersScreen })));
const HouseholdsScreen = lazy(() => import('../features/families/households-screen').then((m) => ({ default: m.HouseholdsScreen })));
const HouseholdScreen = lazy(() => import('../features/families/household-screen').then((m) => ({ default: m.HouseholdScreen })));
const CarersScreen = lazy(() => import('../features/carers/carers-screen').then((m) => ({ default: m.CarersScreen })));
const CaseFileScreen = lazy(() => import('../features/case-file/case-file-screen').then((m) => ({ default: m.CaseFileScreen })));
const ResidentialCareScreen = lazy(() => import('../features/tracing/residential-care-screen').then((m) => ({ default: m.ResidentialCareScreen })));
const CarerScreen = lazy(() => import('../features/carers/carer-screen').then((m) => ({ default: m.CarerScreen })));
const ProgrammesScreen = lazy(() => import('../features/programmes/programmes-screen').then((m) => ({ default: m.ProgrammesScreen })));
const ProgrammeScreen = lazy(() => import('../features/programmes/programme-screen').then((m) => ({ default: m.ProgrammeScreen })));
const AttendanceScreen = lazy(() => import('../features/programmes/attendance-screen').then((m) => ({ default: m.AttendanceScreen })));
const ParticipantsScreen = lazy(() => import('../features/programmes/participants-screen').then((m) => ({ default: m.ParticipantsScreen })));
const ReachScreen = lazy(() => import('../features/programmes/reach-screen').then((m) => ({ default: m.ReachScreen })));
const HealthChecksScreen = lazy(() => import('../features/programmes/health-checks-screen').then((m) => ({ default: m.HealthChecksScreen })));
const ReferralsScreen = lazy(() => import('../features/programmes/referrals-screen').then((m) => ({ default: m.ReferralsScreen })));
const HealthReportScreen = lazy(() => import('../features/programmes/health-report-screen').then((m) => ({ default: m.HealthReportScreen })));
const MyWorkScreen = lazy(() => import('../features/my-work/my-work-screen').then((m) => ({ default: m.MyWorkScreen })));
const NotificationsScreen = lazy(() => import('../features/notifications/notifications-screen').then((m) => ({ default: m.NotificationsScreen })));
const DonorsScreen = lazy(() => import('../features/donors/donors-screen').then((m) => ({ default: m.DonorsScreen })));
const MailSettingsScreen = lazy(() => import('../features/mail-settings/mail-settings-screen').then((m) => ({ default: m.MailSettingsScreen })));
const CommitteesScreen = lazy(() => import('../features/committees/committees-screen').then((m) => ({ default: m.CommitteesScreen })));
const CommitteeScreen = lazy(() => import('../features/committees/committee-screen').then((m) => ({ default: m.CommitteeScreen })));
const MergeScreen = lazy(() => import('../features/merge/merge-screen').then((m) => ({ default: m.MergeScreen })));
const FeedbackScreen = lazy(() => import('../features/feedback/feedback-screen').then((m) => ({ default: m.FeedbackScreen })));
const IncomingReferralsScreen = lazy(() => import('../features/referrals/incoming-referrals-screen').then((m) => ({ default: m.IncomingReferralsScreen })));

const mayTriageNeeds = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'caseworker';
const mayOpenCases = mayTriageNeeds;
const mayApprove = (role: Role) => role === 'admin' || role === 'supervisor';
const mayBuildSnapshots = (role: Role) => role === 'analyst' || role === 'admin';
const mayCoordinateVolunteers = mayApprove;

export function StaffNav({ user }: { user: CurrentUser }) {
  const { t } = useTranslation(['staff', 'families', 'programmes']);
  const [location] = useLocation();
  return (
    <TabNav.Root aria-label={t('nav.label')}>
      <NavLink href="/" active={location === '/' || location === '/my-work'}>
        {t('nav.myWork')}
      </NavLink>
      <NavLink href="/dashboard" active={location === '/dashboard'}>
        {t('nav.dashboard')}
      </NavLink>
      <NavLink href="/cases" active={location === '/cases'}>
        {t('nav.caseload')}
      </NavLink>
      {mayOpenCases(user.role) ? (
        <NavLink href="/cases/new" active={location === '/cases/new'}>
          {t('nav.newCase')}
        </NavLink>
      ) : null}
      {mayTriageNeeds(user.role) ? (
        <TabNav.Link asChild active={location.startsWith('/needs')}>
          <Link href="/needs" aria-current={location.startsWith('/needs') ? 'page' : undefined}>
            {t('nav.needs')}
          </Link>
        </TabNav.Link>
      ) : null}
      <NavLink href="/hives" active={location.startsWith('/hives')}>
        {t('nav.hives')}
      </NavLink>
      {mayOpenCases(user.role) ? (
        <NavLink href="/households" active={location.startsWith('/households')}>
          {t('families:nav.households')}
        </NavLink>
      ) : null}
      {mayOpenCases(user.role) ? (
        <NavLink href="/carers" active={location.startsWith('/carers')}>
          {t('families:nav.carers')}
        </NavLink>
      ) : null}
      <NavLink href="/programmes" active={location.startsWith('/programmes')}>
        {t('programmes:nav')}
      </NavLink>
      <NavLink href="/committees" active={location.startsWith('/committees')}>
        {t('nav.committees')}
      </NavLink>
      {mayOpenCases(user.role) ? (
        <NavLink href="/follow-ups" active={location === '/follow-ups'}>
          {t('nav.followUps')}
        </NavLink>
      ) : null}
      {mayOpenCases(user.role) ? (
        <NavLink href="/referrals" active={location === '/referrals'}>
          {t('nav.referrals')}
        </NavLink>
      ) : null}
      {mayOpenCases(user.role) ? (
        <NavLink href="/feedback" active={location === '/feedback'}>
          {t('nav.feedback')}
        </NavLink>
      ) : null}
      {mayApprove(user.role) ? (
        <NavLink href="/approvals" active={location === '/approvals'}>
          {t('nav.approvals')}
        </NavLink>
      ) : null}
      {mayApprove(user.role) ? (
        <NavLink href="/residential-care" active={location === '/residential-care'}>
          {t('nav.residentialCare')}
        </NavLink>
      ) : null}
      {mayBuildSnapshots(user.role) ? (
        <NavLink href="/snapshots" active={location.startsWith('/snapshots')}>
          {t('nav.snapshots')}
        </NavLink>
      ) : null}
      <NavLink href="/stories" active={location.startsWith('/stories')}>
        {t('nav.stories')}
      </NavLink>
      {mayCoordinateVolunteers(user.role) ? (
        <NavLink href="/volunteering" active={location === '/volunteering'}>
          {t('nav.volunteering')}
        </NavLink>
      ) : null}
      <NavLink href="/account" active={location === '/account'}>
        {t('nav.account')}
      </NavLink>
      {user.role === 'admin' ? (
        <NavLink href="/users" active={location === '/users'}>
          {t('nav.users')}
        </NavLink>
      ) : null}
      {user.role === 'admin' ? (
        <NavLink href="/donors" active={location === '/donors'}>
          {t('nav.donors')}
        </NavLink>
      ) : null}
      {user.role === 'admin' ? (
        <NavLink href="/mail-settings" active={location === '/mail-settings'}>
          {t('nav.mailSettings')}
        </NavLink>
      ) : null}
      {user.role === 'admin' || user.role === 'supervisor' ? (
        <NavLink href="/import" active={location === '/import'}>
          {t('nav.import')}
        </NavLink>
      ) : null}
      {user.role === 'admin' ? (
        <NavLink href="/audit" active={location === '/audit'}>
          {t('nav.audit')}
        </NavLink>
      ) : null}
    </TabNav.Root>
  );
}

function NavLink({ href, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <TabNav.Link asChild active={active}>
      <Link href={href} aria-current={active ? 'page' : undefined}>
        {children}
      </Link>
    </TabNav.Link>
  );
}

export function StaffRoutes({ user }: { user: CurrentUser }) {
  return (
    <Suspense fallback={<LoadingState />}>
      <StaffSwitch user={user} />
    </Suspense>
  );
}

function StaffSwitch({ user }: { user: CurrentUser }) {
  return (
    <Switch>
      <Route path="/">
        <MyWorkScreen user={user} />
      </Route>
      <Route path="/my-work">
        <MyWorkScreen user={user} />
      </Route>
      <Route path="/notifications">
        <NotificationsScreen />
      </Route>
      {user.role === 'admin' ? (
        <Route path="/donors">
          <DonorsScreen />
        </Route>
      ) : null}
      {user.role === 'admin' ? (
        <Route path="/mail-settings">
          <MailSettingsScreen />
        </Route>
      ) : null}
      {mayOpenCases(user.role) ? (
        <Route path="/feedback">
          <FeedbackScreen />
        </Route>
      ) : null}
      {mayOpenCases(user.role) ? (
        <Route path="/referrals">
          <IncomingReferralsScreen />
        </Route>
      ) : null}
      {user.role === 'admin' ? (
        <Route path="/users">
          <UsersScreen />
        </Route>
      ) : null}
      {user.role === 'admin' || user.role === 'supervisor' ? (
        <Route path="/import">
          <ImportScreen />
        </Route>
      ) : null}
      {user.role === 'admin' ? (
        <Route path="/audit">
          <AuditScreen />
        </Route>
      ) : null}
      <Route path="/dashboard">
        <DashboardScreen user={user} />
      </Route>
      <Route path="/cases">
        <CaseloadScreen user={user} />
      </Route>
      <Route path="/cases/new">
        <IntakeScreen user={user} />
      </Route>
      {mayOpenCases(user.role) ? (
        <Route path="/households">
          <HouseholdsScreen />
        </Route>
      ) : null}
      {user.role === 'admin' || user.role === 'supervisor' ? (
        <Route path="/merge/:kind/:fromId">{(params) => (params.kind === 'child' || params.kind === 'household' ? <MergeScreen kind={params.kind} fromId={params.fromId} /> : null)}</Route>
      ) : null}
      {mayOpenCases(user.role) ? <Route path="/households/:id">{(params) => <HouseholdScreen householdId={params.id} user={user} />}</Route> : null}
      {mayOpenCases(user.role) ? (
        <Route path="/carers">
          <CarersScreen user={user} />
        </Route>
      ) : null}
      {mayOpenCases(user.role) ? <Route path="/carers/:id">{(params) => <CarerScreen carerId={params.id} user={user} />}</Route> : null}
      <Route path="/cases/:id/file">{(params) => <CaseFileScreen caseId={params.id} user={user} />}</Route>
      <Route path="/programmes">
        <ProgrammesScreen user={user} />
      </Route>
      <Route path="/programmes/participants">
        <ParticipantsScreen user={user} />
      </Route>
      <Route path="/programmes/reach">
        <ReachScreen />
      </Route>
      <Route path="/programmes/health-report">
        <HealthReportScreen />
      </Route>
      {mayOpenCases(user.role) ? <Route path="/programmes/referrals"><ReferralsScreen /></Route> : null}
      {mayOpenCases(user.role) ? <Route path="/programmes/sessions/:id/health">{(params) => <HealthChecksScreen sessionId={params.id} />}</Route> : null}
      {mayOpenCases(user.role) ? <Route path="/programmes/sessions/:id">{(params) => <AttendanceScreen sessionId={params.id} />}</Route> : null}
      <Route path="/programmes/:id">{(params) => <ProgrammeScreen programmeId={params.id} user={user} />}</Route>
      <Route path="/cases/:id/:tab?">{(params) => <CasePageScreen caseId={params.id} tab={params.tab} user={user} />}</Route>
      {mayTriageNeeds(user.role) ? (
        <Route path="/needs">
          <TriageQueueScreen />
        </Route>
      ) : null}
      {mayTriageNeeds(user.role) ? (
        <Route path="/needs/phoned-in">
          <PhonedInNeedScreen />
        </Route>
      ) : null}
      {mayTriageNeeds(user.role) ? <Route path="/needs/:id">{(params) => <NeedTriageScreen needId={params.id} />}</Route> : null}
      <Route path="/hives">
        <HivesScreen user={user} />
      </Route>
      <Route path="/committees">
        <CommitteesScreen user={user} />
      </Route>
      <Route path="/committees/:id">{(params) => <CommitteeScreen committeeId={params.id} user={user} />}</Route>
      <Route path="/hives/:communeCode">{(params) => <HiveScreen communeCode={params.communeCode} user={user} />}</Route>
      {mayOpenCases(user.role) ? (
        <Route path="/follow-ups">
          <DueVisitsScreen />
        </Route>
      ) : null}
      {mayApprove(user.role) ? (
        <Route path="/approvals">
          <ApprovalsScreen />
        </Route>
      ) : null}
      {mayApprove(user.role) ? (
        <Route path="/residential-care">
          <ResidentialCareScreen />
        </Route>
      ) : null}
      {mayBuildSnapshots(user.role) ? (
        <Route path="/snapshots">
          <SnapshotsScreen user={user} />
        </Route>
      ) : null}
      {mayBuildSnapshots(user.role) ? <Route path="/snapshots/:id">{(params) => <SnapshotScreen id={params.id} user={user} />}</Route> : null}
      <Route path="/stories">
        <StoriesScreen user={user} />
      </Route>
      {mayWriteStories(user.role) ? (
        <Route path="/stories/new">
          <NewStoryScreen />
        </Route>
      ) : null}
      <Route path="/stories/:id">{(params) => <StoryScreen id={params.id} user={user} />}</Route>
      {mayCoordinateVolunteers(user.role) ? (
        <Route path="/volunteering">
          <VolunteeringScreen />
        </Route>
      ) : null}
      <Route path="/account">
        <SessionsScreen />
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading as="h1" size="6" mb="2">
        {t('notFound.title')}
      </Heading>
      <Text as="p" mb="3">
        {t('notFound.body')}
      </Text>
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
