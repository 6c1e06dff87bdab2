// Hive needs and hives in the staff portal: a caseworker triages needs (filters, abuse first, every decision kind,
// a stale decision refused and reloaded), a supervisor keeps a commune hive (committee, volunteers with training,
// meetings, milestones and the index history, a stale record refused), an analyst sees counts without names.
// Runs after the other staff specs, on the same demo database; it decides a few needs of its own.
import { expect, test, type Browser } from '@playwright/test';
import { expectNoAxeViolations, signInToStaff } from '@kruosar/playwright-config';

/** The hive's own API, as the demo volunteer: a fresh need to triage, so this spec never depends on demo data. */
async function reportNeed(browser: Browser, baseURL: string, description: string, category = 'food') {
  const context = await browser.newContext({ baseURL });
  const api = context.request;
  await api.post('/api/hive/auth.signIn', { data: { username: 'hive', password: 'kruosar-demo' } });
  const villages = (await (await api.get('/api/hive/geography.villages')).json()) as { result: { data: { code: string }[] } };
  const id = crypto.randomUUID();
  const input = { id, villageCode: villages.result.data[0]!.code, category, urgency: 'soon', description, contactName: '', contactPhone: '', consentToContact: false, reportedAt: new Date().toISOString() };
  expect((await api.post('/api/hive/needs.submit', { data: input })).ok()).toBe(true);
  await context.close();
  return id;
}

test('caseworker: triage queue filters, abuse first, each decision with its message, a stale decision reloaded', async ({ page, browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  const stamp = Date.now();
  const [toResolve, toLink, toRefer, toOpen] = await Promise.all(
    ['resolve', 'link', 'refer', 'open'].map((kind) => reportNeed(browser, baseURL, `Need to ${kind} ${stamp} (e2e)`)),
  );
  // An abuse concern of this spec's own: other specs may have decided the demo's ones already.
  await reportNeed(browser, baseURL, `Abuse concern ${stamp} (e2e)`, 'violence_or_abuse');
  await signInToStaff(page, 'caseworker');
  await page.getByRole('link', { name: 'Hive needs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hive needs to triage' })).toBeVisible();

  // Abuse concerns come first and are marked; decided needs are not in the default list.
  const rows = page.getByTestId('need-row');
  await expect(rows.first()).toHaveAttribute('data-abuse', 'true');
  await expect(rows.first()).toContainText('Abuse concern');
  await expect(rows.filter({ hasText: 'No action possible' })).toHaveCount(0);
  await page.getByRole('combobox', { name: /^Status/ }).click();
  await page.getByRole('option', { name: 'All statuses' }).click();
  await expect(page).toHaveURL(/status=all/);
  await expect(rows.filter({ hasText: 'Resolved' }).first()).toBeVisible();
  await page.getByRole('combobox', { name: /^Status/ }).click();
  await page.getByRole('option', { name: 'Waiting for a decision' }).click();
  await expect(rows.filter({ hasText: `${stamp}` })).toHaveCount(5);
  await expectNoAxeViolations(page);

  // Resolve: the message is required and counted; a second person deciding from the same version is refused.
  await page.goto(`/staff/needs/${toResolve}`);
  const stale = await page.context().newPage();
  await stale.goto(`/staff/needs/${toResolve}`);
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByText('Choose one.')).toBeVisible();
  await expect(page.getByText('Fill in this field.')).toBeVisible();
  await page.getByRole('radio', { name: 'Resolved' }).click();
  await page.getByLabel('Message to the volunteer').fill('ក'.repeat(281));
  await expect(page.getByText('281 of 280 characters')).toBeVisible();
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByText('Use at most 280 characters.')).toBeVisible();
  await page.getByLabel('Message to the volunteer').fill('Thank you: the family got help from the commune.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByTestId('need-decided')).toContainText('Resolved');

  await stale.getByRole('radio', { name: 'Not actionable' }).click();
  await stale.getByLabel('Message to the volunteer').fill('Nothing the team can do.');
  await stale.getByRole('button', { name: 'Save the decision' }).click();
  await expect(stale.getByTestId('conflict')).toBeVisible();
  await expect(stale.getByLabel('Message to the volunteer')).toHaveValue('Nothing the team can do.');
  await stale.getByRole('button', { name: 'Reload the need' }).click();
  await expect(stale.getByTestId('need-decided')).toContainText('Resolved');
  await stale.close();

  // Link to an existing case of the commune.
  await page.goto(`/staff/needs/${toLink}`);
  await page.getByRole('radio', { name: 'Link to an existing case' }).click();
  const firstCase = page.getByTestId('case-choices').getByRole('radio').first();
  const reference = (await firstCase.locator('xpath=..').innerText()).split(' · ')[0]!.trim();
  await firstCase.click();
  await page.getByLabel('Message to the volunteer').fill('A caseworker already works with this family.');
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByTestId('need-decided')).toContainText('Linked to a case');
  await expect(page.getByRole('link', { name: reference })).toBeVisible();

  // Refer: the agency is required.
  await page.goto(`/staff/needs/${toRefer}`);
  await page.getByRole('radio', { name: 'Refer to an agency' }).click();
  await page.getByLabel('Message to the volunteer').fill('Referred to the health centre.');
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByText('Choose one.')).toBeVisible();
  await page.getByRole('combobox', { name: /^Agency/ }).click();
  await page.getByRole('option', { name: 'Health centre' }).click();
  await page.getByLabel('Name of the agency or person').fill('Rottanak health centre');
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByTestId('need-decided')).toContainText('Referred');
  await expect(page.getByText('Health centre · Rottanak health centre')).toBeVisible();

  // A new case: the intake opens from the need.
  await page.goto(`/staff/needs/${toOpen}`);
  await page.getByRole('radio', { name: 'Open a new case from this need' }).click();
  await page.getByLabel('Message to the volunteer').fill('A caseworker will visit this week.');
  await page.getByRole('button', { name: 'Save and open the intake' }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/cases/new\\?fromNeed=${toOpen}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Register a child' })).toBeVisible();
  // The message typed at triage is the one the intake sends, not the default text.
  await expect(page.getByLabel('Message to the volunteer')).toHaveValue('A caseworker will visit this week.');

  // In Khmer too.
  await page.goto('/staff/needs');
  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'តម្រូវការពីសំបុកឃ្មុំភូមិដែលត្រូវពិនិត្យ' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
});

test('supervisor: keeps a commune hive - committee, volunteers and training, meetings, milestones and the index history', async ({ page }) => {
  const stamp = Date.now();
  await signInToStaff(page, 'supervisor');
  await page.getByRole('link', { name: 'Hives', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Village hives' })).toBeVisible();
  await expect(page.getByTestId('hive-row').first().getByRole('progressbar')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByTestId('hive-row').filter({ hasText: 'Rottanak' }).getByRole('link', { name: 'Rottanak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hive of Rottanak' })).toBeVisible();

  // A committee member: added, edited, archived (gone from the list) and restored.
  const member = `Keo Dara ${stamp} (e2e)`;
  await page.getByRole('button', { name: 'Add a committee member' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Fill in this field.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(member);
  await page.getByRole('combobox', { name: /^Role/ }).click();
  await page.getByRole('option', { name: 'Secretary' }).click();
  await page.getByLabel('Phone').fill('០១២ ៣៤៥ ៦៧៨');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const memberRow = page.getByTestId('committee-row').filter({ hasText: member });
  await expect(memberRow).toContainText('012 345 678');
  await memberRow.getByRole('button', { name: `Edit: ${member}` }).click();
  await page.getByRole('combobox', { name: /^Role/ }).click();
  await page.getByRole('option', { name: 'Treasurer' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(memberRow).toContainText('Treasurer');
  await memberRow.getByRole('button', { name: `Archive: ${member}` }).click();
  await expect(memberRow).toHaveCount(0);
  await page.getByLabel('Show archived records').check();
  await expect(memberRow).toContainText('Archived');
  await memberRow.getByRole('button', { name: `Restore: ${member}` }).click();
  await expect(memberRow).not.toContainText('Archived');

  // A volunteer with the three core trainings counts as trained.
  const volunteer = `Sok Mealea ${stamp} (e2e)`;
  await page.getByRole('button', { name: 'Add a volunteer' }).click();
  await page.getByLabel('Name', { exact: true }).fill(volunteer);
  const topics = ['Child protection basics', 'Safeguarding and code of conduct', 'Reporting needs'];
  for (const [i, topic] of topics.entries()) {
    await page.getByRole('button', { name: 'Add a training' }).click();
    await page.getByRole('combobox', { name: /^Training/ }).nth(i).click();
    await page.getByRole('option', { name: topic }).click();
    await page.getByLabel('Completed on').nth(i).fill(`2026-0${i + 1}-15`);
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const volunteerRow = page.getByTestId('volunteer-row').filter({ hasText: volunteer });
  await expect(volunteerRow).toContainText('Trained');
  await expect(volunteerRow).toContainText('Reporting needs');

  // A meeting, its attendance typed in Khmer digits, one decision a line.
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await page.getByLabel('Held on').fill('2026-11-20');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Fill in this field.')).toBeVisible();
  await page.getByLabel('People attending').fill('១៤');
  await page.getByLabel('Decisions').fill(`Visit two families ${stamp}\n\nAsk the commune council for a budget line`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const meetingRow = page.getByTestId('meeting-row').filter({ hasText: `Visit two families ${stamp}` });
  await expect(meetingRow).toContainText('14');
  await expect(meetingRow.getByRole('listitem')).toHaveCount(2);

  // Recording the milestones gives today's point of the index history; a second window recording from the old version is refused.
  const history = page.getByTestId('history-row');
  const points = await history.count();
  const stale = await page.context().newPage();
  await stale.goto(page.url());
  await expect(stale.getByRole('button', { name: 'Record milestones' })).toBeVisible();
  await page.getByLabel('Trained volunteers needed').fill('១២');
  await page.getByRole('button', { name: 'Record milestones' }).click();
  const recorded = page.getByText(/Recorded: the index is now/);
  await expect(recorded).toBeVisible();
  const index = (await recorded.innerText()).match(/now (\d+(?:\.\d+)?)/)![1]!;
  // Today's point (recording again the same day corrects it), newest first, from the milestones just given.
  await expect(history.first()).toContainText(index);
  await expect(history.first()).toContainText('of 12');
  expect(await history.count()).toBeGreaterThanOrEqual(points);
  await stale.getByRole('button', { name: 'Record milestones' }).click();
  await expect(stale.getByTestId('conflict')).toBeVisible();
  await stale.getByRole('button', { name: 'Reload' }).click();
  await stale.getByRole('button', { name: 'Record milestones' }).click();
  await expect(stale.getByText(/Recorded: the index is now/)).toBeVisible();
  await stale.close();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'សំបុកឃ្មុំនៃ រតនៈ' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
});

test('analyst: hives as counts, without names and without editing', async ({ page }) => {
  await signInToStaff(page, 'analyst');
  await page.getByRole('link', { name: 'Hives', exact: true }).click();
  await page.getByTestId('hive-row').first().getByRole('link').click();
  await expect(page.getByTestId('committee-row').first()).toContainText('Name hidden');
  await expect(page.getByTestId('meeting-row').first()).toContainText('Hidden for your role');
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record milestones' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
