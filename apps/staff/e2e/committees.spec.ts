// Committees: a supervisor adds a child to the demo children's committee (refused until the guardian's consent is
// written down), records a meeting where the children raise two issues (one in English, one in Khmer, as said),
// and answers one all the way ("you said, we did"). The analyst sees the members by code only. The hive volunteer
// of the commune sees the committee's open issue on the hive board, and no member's name. Axe in English and
// Khmer on every new screen.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, expectNoAxeViolations, signInToStaff, staffPage } from '@kruosar/playwright-config';

const COMMITTEE = "Children's committee (demo)";
const SAID_EN = 'We want a rubbish bin by the school gate (e2e)';
const SAID_KM = 'សាលារៀនគ្មានបង្គន់ស្អាតសម្រាប់ក្មេងស្រី (e2e)';

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test("a children's committee meeting raises two issues, one is answered and done; the hive board shows the other without names", async ({ browser }) => {
  test.setTimeout(540_000);
  const page = await (await browser.newContext()).newPage();
  await signInToStaff(page, 'supervisor');

  await page.getByRole('link', { name: 'Committees' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Committees' })).toBeVisible();
  await expect(page.getByTestId('committee-list')).toContainText("Parents' committee (demo)");
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Add a committee' }).click();
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: COMMITTEE }).click();
  await expect(page.getByRole('heading', { level: 1, name: COMMITTEE })).toBeVisible();
  await expect(page.getByTestId('member-row')).toHaveCount(6);
  await expectAccessibleInBothLanguages(page);

  // A new child member: refused without the guardian's consent, taken with it.
  await page.getByRole('button', { name: 'Add a member' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Chea Malis (e2e)');
  await page.getByLabel('Year of birth').fill('2014');
  await page.getByLabel('Guardian', { exact: true }).fill('Chea Sopheak (e2e)');
  await page.getByLabel('Consent given on').fill('');
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText("only with their guardian's consent");
  await page.getByLabel('Consent given on').fill('2026-01-10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('member-row')).toHaveCount(7);
  await expect(page.getByTestId('member-list')).toContainText('Chea Malis (e2e)');
  const memberNames = await page.getByTestId('member-row').evaluateAll((rows) => rows.map((r) => r.children[1]?.textContent ?? ''));

  // A meeting: who came, and two issues written as they were said.
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await page.getByLabel('Place', { exact: true }).fill('School library (e2e)');
  const attendance = page.getByTestId('attendance');
  await attendance.getByRole('checkbox').nth(0).click();
  await attendance.getByRole('checkbox', { name: 'Chea Malis (e2e)' }).click();
  await expect(page.getByTestId('present-count')).toHaveText('2 ticked');
  await page.getByLabel('Issue 1, in their own words').fill(SAID_EN);
  await page.getByRole('button', { name: 'Add another issue' }).click();
  await page.getByLabel('Issue 2, in their own words').fill(SAID_KM);
  await choose(page, 'Language of issue 2', 'Khmer');
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('meeting-row')).toHaveCount(2);
  await expect(page.getByTestId('meeting-row').first()).toContainText('School library (e2e)');
  const said = page.getByTestId('issue').filter({ hasText: SAID_EN });
  await expect(said.getByTestId('issue-status')).toHaveText('Raised');
  await expect(page.getByTestId('issue').filter({ hasText: SAID_KM }).getByTestId('you-said')).toHaveAttribute('lang', 'km');

  // You said, we did: answered, then done.
  await said.getByRole('button', { name: `Respond to: ${SAID_EN}` }).click();
  await said.getByLabel('Our answer').fill('');
  await said.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(said.getByRole('alert')).toContainText('Write the answer the committee will hear');
  await said.getByLabel('Our answer').fill('The commune council will put a bin there this month (e2e)');
  await expectAccessibleInBothLanguages(page);
  await said.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(said.getByTestId('issue-status')).toHaveText('Answered');
  await said.getByRole('button', { name: `Respond to: ${SAID_EN}` }).click();
  await said.getByLabel('What was done').fill('A bin was put by the gate on Monday (e2e)');
  await said.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(said.getByTestId('issue-status')).toHaveText('Done');
  await expect(said.getByTestId('our-answer')).toHaveText('The commune council will put a bin there this month (e2e)');
  await expect(said.getByTestId('we-did')).toHaveText('A bin was put by the gate on Monday (e2e)');
  await expect(said.getByRole('button', { name: /^Respond to/ })).toHaveCount(0);
  await expectAccessibleInBothLanguages(page);
  const committeeUrl = new URL(page.url()).pathname;

  // The analyst reads the committee with codes, never names.
  const analyst = await staffPage(browser, 'analyst');
  await analyst.goto(committeeUrl);
  await expect(analyst.getByRole('heading', { level: 1, name: COMMITTEE })).toBeVisible();
  await expect(analyst.getByTestId('member-row')).toHaveCount(7);
  await expect(analyst.getByRole('columnheader', { name: 'Name' })).toHaveCount(0);
  await expect(analyst.getByTestId('member-list')).not.toContainText('Chea Malis');
  await expect(analyst.getByRole('button', { name: 'Record a meeting' })).toHaveCount(0);
  await expectAccessibleInBothLanguages(analyst);

  // The hive volunteer of the commune: the open issue in their board, the done one gone, no names.
  const hive = await (await browser.newContext()).newPage();
  await hive.goto('/hive/');
  await hive.getByLabel('ឈ្មោះអ្នកប្រើ').fill('hive');
  await hive.getByLabel('ពាក្យសម្ងាត់').fill('kruosar-demo');
  await hive.getByLabel('ពាក្យសម្ងាត់').press('Enter');
  await hive.getByRole('link', { name: 'ផ្ទាំងព័ត៌មានសំបុកឃ្មុំ' }).click();
  const issues = hive.getByTestId('committee-issues');
  const childrensBoard = issues.getByTestId('committee-board').filter({ hasText: COMMITTEE });
  await expect(childrensBoard.getByTestId('committee-issue').filter({ hasText: SAID_KM })).toContainText('កំពុងរង់ចាំចម្លើយ');
  await expect(childrensBoard).not.toContainText(SAID_EN);
  const boardText = await issues.innerText();
  for (const name of memberNames.map((n) => n.trim()).filter((n) => n.length > 0 && !/^C-\d+$/.test(n))) expect(boardText).not.toContain(name);
  expect(boardText).not.toContain('Chea Malis');
  await expectNoAxeViolations(hive);
  await hive.getByRole('button', { name: 'English' }).click();
  await expect(issues.getByRole('heading', { level: 2 })).toHaveText("Children's and parents' committees");
  await expect(childrensBoard.getByTestId('committee-issue').filter({ hasText: SAID_KM })).toContainText('Waiting for an answer');
  await expectNoAxeViolations(hive);
});
