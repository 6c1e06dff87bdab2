// Bringing a child home: a child in an institution gets a tracing request in the child's own words; a hive need
// (seeded in another commune) names the mother in Khmer while the child's account spells her in Latin letters; the
// match appears with its reasons; the caseworker confirms it, a supervisor approves the readiness assessment, the
// plan gets a step, the child moves home and the follow-up visits are scheduled; the supervisors' board shows it.
// Axe in English and Khmer on every new screen.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, staffPage } from '@kruosar/playwright-config';

async function choose(page: Page, label: string, option: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('combobox', { name: new RegExp(`^${escaped}(\\s|$)`) }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** A day in Cambodia, `offset` days from today. */
const cambodiaDay = (offset = 0) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

test('a child in an institution is traced, matched with a hive need, prepared and moved home', async ({ browser }) => {
  test.setTimeout(300_000);
  const cw = await staffPage(browser, 'caseworker');

  // One of the caseworker's children (not the first few, which other walkthroughs use).
  await cw.getByRole('link', { name: 'Caseload' }).click();
  await cw.getByTestId('case-row').nth(5).getByRole('rowheader').getByRole('link').click();
  const caseUrl = cw.url();
  const reference = (await cw.getByTestId('case-reference').innerText()).trim();
  await cw.getByRole('tab', { name: 'Going home', exact: true }).click();
  await expect(cw.getByRole('heading', { level: 2, name: 'Going home' })).toBeVisible();

  // Admitted to a (demo) institution.
  await cw.getByRole('button', { name: 'Record an admission' }).click();
  await cw.getByRole('combobox', { name: /^Institution(\s|$)/ }).click();
  await cw.getByRole('option', { name: /^Wat Kandal Pagoda Home \(demo\)/ }).click();
  await cw.getByLabel('Admission date').fill(cambodiaDay(-400));
  await cw.getByRole('button', { name: 'Save admission' }).click();
  await expect(cw.getByTestId('admissions')).toContainText('Wat Kandal Pagoda Home (demo)');

  // The tracing request, in the child's words; the mother named as the child says it.
  await cw.getByRole('button', { name: 'Open a tracing request' }).click();
  await cw.getByLabel("What the child remembers, in the child's own words").fill('Mum is Srey Pov. We lived by a river and she sold fish. (e2e)');
  await cw.getByLabel("Mother's name, as the child says it").fill('Kheav Sreypov');
  await cw.getByLabel('Village or landmarks remembered').fill('By the river');
  await expectAccessibleInBothLanguages(cw);
  await cw.getByRole('button', { name: 'Open the request' }).click();
  await expect(cw.getByTestId('child-account')).toContainText('Mum is Srey Pov');
  await expect(cw.getByTestId('tracing-status')).toHaveText('Open');

  // A step of the search.
  await cw.getByRole('button', { name: 'Record a step' }).click();
  await choose(cw, 'What was done', 'Village chief enquiry');
  await cw.getByLabel('Who was asked or met').fill('Village chief (e2e)');
  await cw.getByLabel('Where', { exact: true }).fill('Village office');
  await cw.getByLabel('Result', { exact: true }).fill('A woman of that name moved to another commune (e2e)');
  await cw.getByRole('button', { name: 'Save the step' }).click();
  await expect(cw.getByTestId('trace-actions')).toContainText('Village chief (e2e)');

  // The hive need's contact, written in Khmer, is proposed with its reasons.
  const match = cw.getByTestId('match').filter({ hasText: 'Hive need contact' }).first();
  await expect(match).toContainText('ខៀវ ស្រីពៅ');
  await expect(match.getByTestId('match-reasons')).toContainText('Same name in Khmer and Latin letters');
  await expectAccessibleInBothLanguages(cw);
  await match.getByRole('button', { name: 'Confirm the match' }).click();
  await expect(match).toContainText('Write a note saying why.');
  await match.getByLabel('Note (why you confirm or reject)').fill('The volunteer met her: she lost a daughter to a centre (e2e)');
  await match.getByRole('button', { name: 'Confirm the match' }).click();
  await expect(cw.getByTestId('tracing-status')).toHaveText('Family found');

  // Readiness assessment, in the child's words, sent for approval.
  await cw.getByRole('button', { name: 'Assess readiness' }).click();
  await cw.getByLabel("The family's capacity to care").fill('She sells fish and rents a room (e2e)');
  await cw.getByLabel("The child's wishes").fill('I want to live with Mum (e2e)');
  await cw.getByLabel("The child's fears").fill('That Mum is angry with me (e2e)');
  await cw.getByLabel('Safety at home').fill('No violence known (e2e)');
  await cw.getByLabel('School plan').fill('Village school, grade 4 (e2e)');
  await cw.getByLabel('Health plan').fill('Health centre nearby (e2e)');
  await cw.getByRole('button', { name: 'Send for approval' }).click();
  await expect(cw.getByTestId('reintegration-approval')).toHaveText('Waiting for approval');

  // A supervisor approves it from the inbox.
  const sup = await staffPage(browser, 'supervisor');
  await sup.getByRole('link', { name: 'Approvals' }).click();
  await sup.getByTestId('approval-row').filter({ hasText: 'Reintegration readiness' }).filter({ hasText: reference }).getByRole('link').click();
  await sup.getByTestId('reintegration-assessment').getByRole('button', { name: 'Approve' }).click();
  await expect(sup.getByTestId('reintegration-approval')).toHaveText('Approved');

  // The plan's step, then the move home: residential care, then the family.
  await cw.reload();
  await expect(cw.getByTestId('reintegration-approval')).toHaveText('Approved');
  await cw.getByRole('button', { name: 'Add a step' }).click();
  await choose(cw, 'Step', 'Visit home');
  await cw.getByLabel('Who does it').fill('Caseworker (e2e)');
  await cw.getByRole('button', { name: 'Save the step' }).click();
  await cw.getByTestId('reintegration-steps').getByRole('button', { name: 'Mark done today' }).click();
  await expect(cw.getByTestId('reintegration-steps')).toContainText('Done');

  await cw.goto(caseUrl);
  await cw.getByRole('tab', { name: 'Placements', exact: true }).click();
  await cw.getByRole('button', { name: 'Record a placement' }).click();
  await choose(cw, 'Placement type', 'Residential care institution');
  await cw.getByLabel('Start date', { exact: true }).fill(cambodiaDay(-1));
  await cw.getByLabel('Reason for the placement').fill('Wat Kandal Pagoda Home (e2e)');
  await cw.getByRole('button', { name: 'Save the placement' }).click();
  await expect(cw.getByTestId('placement-saved')).toBeVisible();
  await cw.getByRole('button', { name: 'Record a placement' }).click();
  await choose(cw, 'Placement type', 'Biological family');
  await cw.getByLabel('Start date', { exact: true }).fill(cambodiaDay(0));
  await cw.getByLabel('Reason for the placement').fill('Mother found and assessed (e2e)');
  await cw.getByRole('button', { name: 'Save the placement' }).click();
  await expect(cw.getByTestId('placement-saved')).toContainText('follow-up visits scheduled');

  // The supervisors' board: the child has returned home.
  await sup.getByRole('link', { name: 'Residential care' }).click();
  await expect(sup.getByRole('heading', { level: 1, name: 'Children in residential care' })).toBeVisible();
  await expect(sup.getByTestId('board-children')).toContainText('Returned');
  await expect(sup.getByTestId('board-institutions')).toContainText('Wat Kandal Pagoda Home (demo)');
  await expectAccessibleInBothLanguages(sup);
});
