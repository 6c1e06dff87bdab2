// One case from intake to closure, worked by a caseworker and approved by a supervisor in another browser:
// registration, first contact, assessment, case plan with the child's views, a service, a reunification with its
// follow-up visits, closure. Along the way: the requester cannot approve their own assessment (the screen says
// why and the server refuses), and the assessment form and the approvals inbox pass axe.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, staffPage } from '@kruosar/playwright-config';

/** A Radix select: open it by its label, pick the option. */
async function choose(page: Page, label: string | RegExp, option: string) {
  await page.getByLabel(label).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

/** The supervisor opens the inbox, finds the case's record of that kind and follows its link to the case tab. */
async function openFromInbox(page: Page, reference: string, kind: 'Assessment' | 'Case plan' | 'Closure') {
  await page.goto('/staff/approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'Waiting for your approval' })).toBeVisible();
  const row = page.getByTestId('approval-row').filter({ hasText: reference }).filter({ has: page.getByRole('link', { name: kind, exact: true }) });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: kind, exact: true }).click();
  await expect(page.getByText(reference, { exact: true })).toBeVisible();
}

test.use({ actionTimeout: 20_000 });

const CSI_DOMAINS = [
  'Food security', 'Nutrition and growth', 'Shelter', 'Care', 'Protection from abuse and exploitation', 'Legal protection',
  'Wellness', 'Health care services', 'Emotional health', 'Social behaviour', 'Performance', 'Work and education',
];
/** Two weak domains (scored 2): the case plan must have a goal for each. */
const WEAK = ['Food security', 'Emotional health'];

/** Calendar dates in Cambodia (UTC+7), as the server counts them. */
const cambodiaDate = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

test('a case from intake to closure: caseworker and supervisor, with four-eyes approvals', async ({ browser }) => {
  test.setTimeout(300_000);
  const cw = await staffPage(browser, 'caseworker');
  const sup = await staffPage(browser, 'supervisor');
  const suffix = Date.now().toString(36).slice(-5).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
  const latinGiven = `Lifecycle${suffix}`;

  // --- Intake: the caseworker registers a child.
  await cw.goto('/staff/cases/new');
  await expect(cw.getByRole('heading', { level: 1, name: 'Register a child' })).toBeVisible();
  await cw.getByLabel('Family name (Khmer)').fill('សុខ');
  // Latin letters in a Khmer name field: a warning, not a refusal.
  await cw.getByLabel('Given name (Khmer)').fill('Piseth');
  await expect(cw.getByTestId('field-warning')).toHaveText('This Khmer name field has Latin letters. Check it is right; you can still save.');
  await expectNoAxeViolations(cw);
  await cw.getByLabel('Given name (Khmer)').fill('ពិសិដ្ឋ');
  await expect(cw.getByTestId('field-warning')).toHaveCount(0);
  await cw.getByLabel('Family name (Latin letters)').fill('Testcase');
  await cw.getByLabel('Given name (Latin letters)').fill(latinGiven);
  await cw.getByRole('radio', { name: 'Female', exact: true }).first().click();
  // A date of birth after today is refused by the server, beside the field.
  const dateOfBirth = cw.getByLabel('Date of birth', { exact: true }).and(cw.locator('input'));
  await dateOfBirth.fill(cambodiaDate(400));
  await choose(cw, 'School', 'In school');
  await cw.getByRole('radio', { name: 'Birth registered', exact: true }).click();
  const commune = cw.getByLabel('Commune');
  if (await commune.count()) {
    await commune.first().click();
    await cw.getByRole('option').first().click();
  }
  await cw.getByLabel('Village').first().click();
  await cw.getByRole('option').first().click();
  await cw.getByRole('radio', { name: 'Not IDPoor', exact: true }).click();
  await cw.getByRole('radiogroup', { name: 'Risk level' }).getByRole('radio', { name: /^High/ }).click();
  await cw.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(cw.getByText('This date cannot be after today.').first()).toBeVisible();
  // A reload keeps what was typed (a draft in this tab), and says so.
  await cw.reload();
  await expect(cw.getByTestId('intake-draft-restored')).toBeVisible();
  await expect(cw.getByLabel('Given name (Latin letters)')).toHaveValue(latinGiven);
  await expect(cw.getByRole('radiogroup', { name: 'Risk level' }).getByRole('radio', { name: /^High/ })).toBeChecked();
  await dateOfBirth.fill('2016-04-12');
  await cw.getByRole('button', { name: 'Register', exact: true }).click();
  const registerAnyway = cw.getByRole('button', { name: 'None of these: register anyway' });
  await expect(cw).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/).catch(async () => {
    await registerAnyway.click();
    await expect(cw).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  });
  const registeredAt = Date.now();
  const caseId = cw.url().split('/').pop()!;
  const reference = (await cw.getByText(/^KR-\d{4}-\d+$/).first().innerText()).trim();
  await expect(cw.getByRole('heading', { level: 1 })).toContainText(`Testcase ${latinGiven}`);
  await expect(cw.getByText('Stage: Registered')).toBeVisible();

  // --- Assessment: 12 domains with reasons; the form passes axe before and after a failed submit.
  await openTab(cw, 'Assessment');
  await cw.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(cw.getByRole('heading', { name: 'New assessment' })).toBeVisible();
  await expectNoAxeViolations(cw);
  await cw.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(cw.getByRole('alert').filter({ hasText: 'Some information is not right' })).toBeVisible();
  await expect(cw.getByTestId('domain-food_security').getByText('Choose one.')).toBeVisible();
  await expectNoAxeViolations(cw);
  for (const domain of CSI_DOMAINS) {
    const weak = WEAK.includes(domain);
    await cw.getByRole('radiogroup', { name: domain, exact: true }).getByRole('radio', { name: weak ? '2 · Bad' : '3 · Fair' }).click();
    await cw.getByLabel(`Reason for ${domain}`, { exact: true }).fill(weak ? `${domain}: often without enough` : `${domain}: fair, watch it`);
  }
  await cw.getByRole('checkbox', { name: 'Living in residential care' }).click();
  await cw.getByRole('radiogroup', { name: 'Risk level' }).getByRole('radio', { name: 'Medium' }).click();
  await cw.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(cw.getByRole('heading', { name: 'Assessment waiting for approval' })).toBeVisible();
  await expect(cw.getByTestId('approval-state').first()).toHaveText('Waiting for approval');

  // The caseworker cannot approve their own assessment: the button is disabled and says why...
  const panel = cw.getByTestId('decision-panel');
  await expect(panel.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await expect(panel.getByTestId('cannot-decide')).toHaveText('You submitted this, so you cannot approve it: another supervisor decides.');
  // ...and the server refuses the decision anyway.
  const refusal = await cw.evaluate(async (caseId) => {
    const overview = await (await fetch(`/api/staff/workflow.overview?input=${encodeURIComponent(JSON.stringify({ caseId }))}`)).json();
    const { state, assessments } = overview.result.data as { state: { assessmentInProgressId: string }; assessments: { id: string; version: number }[] };
    const assessment = assessments.find((a) => a.id === state.assessmentInProgressId)!;
    const res = await fetch('/api/staff/assessments.decide', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: assessment.id, expectedVersion: assessment.version, decision: 'approve', reason: '' }),
    });
    return { status: res.status, code: ((await res.json()) as { error: { data: { code: string } } }).error.data.code };
  }, caseId);
  expect(refusal).toEqual({ status: 403, code: 'FORBIDDEN' });

  // --- First contact (the form counts in whole minutes: it cannot be earlier than the registration minute's end).
  const minute = (ms: number) => Math.floor(ms / 60_000);
  await expect.poll(() => minute(Date.now()) > minute(registeredAt), { timeout: 70_000 }).toBe(true);
  await cw.getByRole('button', { name: 'Record first contact' }).click();
  const dialog = cw.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(cw.getByText(/^First contact made on /)).toBeVisible();

  // --- The supervisor approves the assessment from the inbox (which passes axe).
  await sup.goto('/staff/approvals');
  await expect(sup.getByTestId('approval-row').first()).toBeVisible();
  await expectNoAxeViolations(sup);
  await openFromInbox(sup, reference, 'Assessment');
  await sup.getByTestId('decision-panel').getByRole('button', { name: 'Approve' }).click();
  await expect(sup.getByRole('heading', { name: 'Latest approved assessment' })).toBeVisible();
  await expect(sup.getByTestId('assessment-history')).toBeVisible();

  // --- Case plan: prefilled with a goal for each weak domain; the child's own views.
  await cw.reload();
  await expect(cw.getByText('Stage: Case plan')).toBeVisible();
  await openTab(cw, 'Case plan');
  await cw.getByRole('button', { name: 'Write the case plan' }).click();
  const goals = cw.getByTestId('plan-goal');
  await expect(goals).toHaveCount(2);
  for (const [i, domain] of WEAK.entries()) {
    const goal = goals.nth(i);
    await expect(goal.getByLabel('Domain')).toContainText(domain);
    await goal.getByLabel('Goal', { exact: true }).fill(`${domain}: better within three months`);
    await goal.getByLabel('Action 1').fill(i === 0 ? 'Monthly food package and a kitchen garden' : 'Weekly counselling sessions');
    await goal.getByLabel('Who').fill(i === 0 ? 'Caseworker and caregiver' : 'Counsellor');
    await goal.getByLabel('Due by').fill(cambodiaDate(60));
  }
  await cw.getByLabel("The child's views", { exact: true }).fill('I want to live with my aunt and go back to school.');
  await cw.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(cw.getByRole('heading', { name: 'Case plan waiting for approval' })).toBeVisible();

  await openFromInbox(sup, reference, 'Case plan');
  await sup.getByTestId('decision-panel').getByRole('button', { name: 'Approve' }).click();
  await expect(sup.getByRole('heading', { name: 'Agreed case plan' })).toBeVisible();
  await expect(sup.getByTestId('plan-child-views')).toHaveText('I want to live with my aunt and go back to school.');

  // --- Implementation: a service, then a reunification from residential care to kinship care.
  await cw.reload();
  await expect(cw.getByText('Stage: Implementation')).toBeVisible();
  await openTab(cw, 'Services');
  await cw.getByRole('button', { name: 'Record a service' }).click();
  await choose(cw, 'Service type', 'Counselling');
  await cw.getByLabel('Provider').fill('Kruosar counselling team');
  await choose(cw, 'Outcome', 'Ongoing');
  await cw.getByRole('button', { name: 'Save the service' }).click();
  await expect(cw.getByRole('status').filter({ hasText: 'Service recorded.' })).toBeVisible();
  await expect(cw.getByTestId('service-row')).toHaveCount(1);
  await expect(cw.getByTestId('service-row')).toContainText('Kruosar counselling team');

  await openTab(cw, 'Placements');
  await cw.getByRole('button', { name: 'Record a placement' }).click();
  await choose(cw, 'Placement type', 'Residential care institution');
  await cw.getByLabel('Start date', { exact: true }).fill(cambodiaDate(-400));
  await cw.getByLabel('Reason for the placement').fill('Placed by the commune after the mother migrated');
  await cw.getByRole('button', { name: 'Save the placement' }).click();
  await expect(cw.getByTestId('placement-saved')).toContainText('Placement recorded.');
  await cw.getByRole('button', { name: 'Record a placement' }).click();
  await choose(cw, 'Placement type', 'Kinship care');
  await cw.getByLabel('Start date', { exact: true }).fill(cambodiaDate(0));
  await expect(cw.getByRole('checkbox', { name: /End the current placement/ })).toBeChecked();
  await cw.getByLabel('Reason for the placement').fill('Reunified with the aunt');
  // A kinship placement names the relative's registered household (a demo kinship carer) and how they are related.
  await cw.getByRole('radio', { name: /Chan Yeay \(demo\)/ }).click();
  await choose(cw, 'Relationship to the child', 'Aunt');
  await cw.getByRole('button', { name: 'Save the placement' }).click();
  await expect(cw.getByTestId('placement-saved')).toContainText('This is a reunification: follow-up visits scheduled: 12');
  const items = cw.getByTestId('placement-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Kinship care');
  await expect(items.first()).toContainText('Reunification');
  await expect(items.nth(1)).toContainText(/to /);

  await openTab(cw, 'Follow-up visits');
  await expect(cw.getByTestId('follow-up-row')).toHaveCount(12);
  await expect(cw.getByTestId('follow-up-row').first()).toContainText('After reunification');
  await expect(cw.getByTestId('follow-up-row').first().getByTestId('due-status')).toHaveText('Upcoming');
  // The caseworker's own list of visits to make: nothing of this case is due yet, and the page passes axe.
  await cw.getByRole('link', { name: 'Follow-up visits' }).click();
  await expect(cw.getByRole('heading', { level: 1, name: 'Follow-up visits to make' })).toBeVisible();
  await expect(cw.getByRole('heading', { level: 2, name: /^Overdue/ })).toBeVisible();
  await expect(cw.getByRole('heading', { level: 2, name: /^Due this week/ })).toBeVisible();
  await expect(cw.getByTestId('due-visit-row').filter({ hasText: reference })).toHaveCount(0);
  await expectNoAxeViolations(cw);
  await cw.goBack();

  // --- Closure: review, then the closure stage, then the request.
  await openTab(cw, 'Closure');
  await cw.getByRole('button', { name: 'Move to Review' }).click();
  await expect(cw.getByText('The case is at: Review.')).toBeVisible();
  await cw.getByRole('button', { name: 'Move to Closure' }).click();
  await expect(cw.getByText('The case is at: Closure.')).toBeVisible();
  await choose(cw, 'Reason for closing', 'Goals met');
  await expect(cw.getByLabel(/Follow-up visit after closure/)).not.toHaveValue('');
  await cw.getByLabel('Closure summary').fill('Living safely with the aunt, back in school; goals met.');
  // Follow-up visits are still scheduled: closing asks why, and the server refuses without a reason.
  await expect(cw.getByTestId('closure-open-work')).toContainText('follow-up visits scheduled');
  await cw.getByRole('button', { name: 'Request closure' }).click();
  await expect(cw.locator('#closure-open-work-reason-error')).toHaveText('Plan actions are not done or visits are still scheduled. Say why the case closes anyway.');
  await cw.getByLabel('Why close with this work still open').fill('The aunt is stable; the closure follow-up visit replaces the reunification visits.');
  await cw.getByRole('button', { name: 'Request closure' }).click();
  await expect(cw.getByRole('heading', { name: 'Closure waiting for approval' })).toBeVisible();

  // In the caseload, a case waiting for closure approval is marked so (not like a closed one).
  await cw.goto(`/staff/cases?q=${encodeURIComponent(reference)}`);
  await expect(cw.getByTestId('case-row').filter({ hasText: reference }).getByTestId('case-status')).toHaveText('Awaiting closure approval');
  await cw.goBack();

  await openFromInbox(sup, reference, 'Closure');
  await sup.getByTestId('decision-panel').getByRole('button', { name: 'Approve' }).click();
  await expect(sup.getByTestId('case-closed')).toHaveText('This case is closed.');
  await expect(sup.getByRole('button', { name: 'Reopen the case' })).toBeVisible();

  // The caseworker sees the case closed, and cannot reopen it.
  await cw.reload();
  await expect(cw.getByTestId('case-closed')).toHaveText('This case is closed.');
  await expect(cw.getByText('Closed', { exact: true }).first()).toBeVisible();
  await expect(cw.getByRole('button', { name: 'Reopen the case' })).toHaveCount(0);
  await cw.goto(`/staff/cases?q=${encodeURIComponent(reference)}`);
  await expect(cw.getByTestId('case-row').filter({ hasText: reference }).getByTestId('case-status')).toHaveText('Closed');
});

test('two people save the same draft: the stale save is refused with Reload, and the typed input survives', async ({ browser }) => {
  const first = await staffPage(browser, 'caseworker');
  const second = await staffPage(browser, 'caseworker');
  const caseId = await first.evaluate(async () => {
    const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 1, stage: 'registered' }));
    const list = (await (await fetch(`/api/staff/cases.list?input=${input}`)).json()) as { result: { data: { items: { id: string }[] } } };
    return list.result.data.items[0]!.id;
  });

  await first.goto(`/staff/cases/${caseId}/assessment`);
  await first.getByRole('button', { name: 'Start the assessment' }).click();
  for (const domain of CSI_DOMAINS) {
    await first.getByRole('radiogroup', { name: domain, exact: true }).getByRole('radio', { name: '3 · Fair' }).click();
    await first.getByLabel(`Reason for ${domain}`, { exact: true }).fill('Fair at the first visit');
  }
  await first.getByRole('button', { name: 'Save draft' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();

  // Someone else saves the draft meanwhile.
  await second.goto(`/staff/cases/${caseId}/assessment`);
  await expect(second.getByRole('heading', { name: 'Assessment in progress' })).toBeVisible();
  await second.getByLabel(/^Summary/).fill('Summary from the second browser');
  await second.getByRole('button', { name: 'Save draft' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();

  // The first person's save comes from the version they opened: refused, nothing overwritten, input kept.
  await first.getByLabel(/^Summary/).fill('Summary from the first browser');
  await first.getByRole('button', { name: 'Save draft' }).click();
  const conflict = first.getByTestId('conflict');
  await expect(conflict).toContainText('Someone else changed this after you opened it.');
  await expect(first.getByLabel(/^Summary/)).toHaveValue('Summary from the first browser');
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(first.getByLabel(/^Summary/)).toHaveValue('Summary from the first browser');
  await first.getByRole('button', { name: 'Save draft' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();

  await second.reload();
  await expect(second.getByLabel(/^Summary/)).toHaveValue('Summary from the first browser');
});
