// Families and carers: a caseworker registers a second child into the family of an existing case, records the
// family's income and the child's school over time, assesses the family and writes a family plan that a supervisor
// approves from the approvals inbox; an emergency foster carer is registered, assessed and approved, the child is
// matched and placed there (the carer's support recorded), then moved to kinship care with a relative after the
// kinship assessment, and into the relative's household; the family and carer pages show it all. Axe in English
// and Khmer on every new screen.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, staffPage } from '@kruosar/playwright-config';

async function choose(page: Page, label: string, option: string) {
  // A select's name is its label, then the value shown in it.
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('combobox', { name: new RegExp(`^${escaped}(\\s|$)`) }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** A day in Cambodia, `offset` days from today. */
const cambodiaDay = (offset = 0) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** Registers a carer from the carers page and returns the carer page's URL. */
async function registerCarer(page: Page, carer: { kind: string; nameKm: string; nameLatin: string; relationship: string; emergency: boolean }) {
  await page.getByRole('link', { name: 'Carers' }).click();
  await page.getByRole('button', { name: 'Register a carer' }).click();
  await choose(page, 'Type of carer', carer.kind);
  await choose(page, 'Commune', 'Rottanak');
  await page.getByRole('combobox', { name: /^Village(\s|$)/ }).click();
  await page.getByRole('option').first().click();
  await page.getByLabel("Main carer's name in Khmer").fill(carer.nameKm);
  await page.getByLabel("Main carer's name in Latin letters").fill(carer.nameLatin);
  await choose(page, 'Sex', 'Female');
  await choose(page, 'Relationship in the household', carer.relationship);
  await page.getByLabel('Number of children they can take').fill('2');
  if (carer.emergency) await page.getByRole('checkbox', { name: 'Takes children in an emergency, at any hour' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('link', { name: carer.nameLatin }).click();
  await expect(page.getByRole('heading', { level: 1, name: carer.nameLatin })).toBeVisible();
  return page.url();
}

async function addRecord(page: Page, kind: string) {
  await choose(page, 'What happened', kind);
  await choose(page, 'Outcome', 'Satisfactory');
  await page.getByRole('button', { name: 'Add to the file' }).click();
  await expect(page.getByTestId('carer-records')).toContainText(kind);
}

test('a family with two children, a family plan, an emergency foster carer and then kinship care', async ({ browser }) => {
  test.setTimeout(720_000);
  const cw = await staffPage(browser, 'caseworker');

  // An existing case of Rottanak (where the demo grandmother lives): its family, then "register a sibling" into it.
  await cw.getByRole('link', { name: 'Caseload' }).click();
  await cw.goto(`${new URL(cw.url()).pathname}?commune=020303`);
  const firstCase = cw.getByTestId('case-row').first().getByRole('rowheader').getByRole('link');
  const existingReference = (await firstCase.innerText()).trim();
  await firstCase.click();
  await cw.getByRole('link', { name: 'Register a sibling' }).click();
  await expect(cw.getByTestId('into-household')).toBeVisible();
  await expectAccessibleInBothLanguages(cw);
  await cw.getByLabel('Family name (Khmer)').fill('ពៅ');
  await cw.getByLabel('Given name (Khmer)').fill('ស្រីនីតា');
  await cw.getByLabel('Family name (Latin letters)').fill('Pov');
  await cw.getByLabel('Given name (Latin letters)').fill('Sreynita (demo)');
  await cw.getByRole('radiogroup', { name: 'Sex' }).locator('[role=radio][value="female"]').click();
  await cw.getByLabel('Date of birth', { exact: true }).fill('2019-04-02');
  await choose(cw, 'School', 'In school');
  await cw.getByRole('radio', { name: 'Birth registered' }).click();
  await cw.getByRole('radio', { name: /^Medium/ }).click();
  await cw.getByRole('checkbox', { name: 'Neglect' }).click();
  await cw.getByRole('button', { name: 'Register', exact: true }).click();
  const anyway = cw.getByRole('button', { name: 'None of these: register anyway' });
  await expect(cw).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/).catch(async () => {
    await anyway.click();
    await expect(cw).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  });
  const siblingReference = (await cw.getByTestId('case-reference').innerText()).trim();
  const siblingCaseUrl = cw.url();

  // The family page shows both children.
  await cw.getByRole('link', { name: 'Open the family' }).click();
  await expect(cw.getByRole('heading', { level: 1, name: 'Family' })).toBeVisible();
  const children = cw.getByTestId('household-children');
  await expect(children).toContainText(existingReference);
  await expect(children).toContainText(siblingReference);
  await expect(children).toContainText('Pov Sreynita (demo)');
  const familyUrl = cw.url();

  // The family over time: ID Poor status and income, and the new child's school.
  await cw.getByRole('button', { name: 'Record ID Poor status and income' }).click();
  await choose(cw, 'ID Poor status', 'IDPoor level 1');
  await cw.getByRole('checkbox', { name: 'Daily labour' }).click();
  await cw.getByRole('checkbox', { name: 'Farming' }).click();
  await cw.getByLabel('Monthly income (riel)').fill('350000');
  await cw.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(cw.getByText(/350,000 riel a month · Farming, Daily labour|350,000 riel a month · Daily labour, Farming/)).toBeVisible();
  await cw.getByRole('button', { name: 'Record a school enrolment' }).click();
  await choose(cw, 'Child', 'Pov Sreynita (demo)');
  await cw.getByLabel('School name').fill('Rottanak primary school (demo)');
  await cw.getByLabel('Grade (optional)').fill('1');
  await cw.getByLabel('Enrolled from').fill('2025-10-01');
  await cw.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(cw.getByTestId('household-enrolments')).toContainText('Rottanak primary school (demo) (1)');

  // A family assessment, sent for approval.
  await cw.getByRole('button', { name: 'Assess the family' }).click();
  await choose(cw, 'ID Poor status', 'IDPoor level 1');
  for (const [area, score] of [['Livelihood', '2 – some concern'], ['Housing', '3 – coping'], ['Caregiving capacity', '3 – coping'], ['Health', '4 – doing well'], ['Debts', '1 – serious concern'], ['Support network', '2 – some concern']] as const) {
    await choose(cw, area, score);
  }
  await cw.getByLabel('Note on Debts (optional)').fill('Owes the microfinance lender (e2e)');
  await cw.getByRole('button', { name: 'Save the assessment' }).click();
  const assessment = cw.getByTestId('family-assessment').first();
  await expect(assessment).toContainText('Owes the microfinance lender (e2e)');
  await assessment.getByRole('button', { name: 'Send the assessment for approval' }).click();
  await expect(assessment).toContainText('Waiting for approval');

  // A family plan, sent for approval.
  await cw.getByRole('button', { name: 'Write a family plan' }).click();
  await choose(cw, 'Area', 'Livelihood');
  await cw.getByLabel('Goal', { exact: true }).fill('A steady income for the family (e2e)');
  await cw.getByLabel('Action', { exact: true }).fill('Join the commune savings group');
  await cw.getByLabel('Who does it').fill('Mother');
  await cw.getByLabel('Due date').fill('2027-03-31');
  await cw.getByLabel('Review date').fill('2027-06-30');
  await cw.getByRole('button', { name: 'Save the plan' }).click();
  await expect(cw.getByTestId('family-plan')).toContainText('A steady income for the family (e2e)');
  await cw.getByRole('button', { name: 'Send for approval' }).click();
  await expect(cw.getByTestId('family-plan')).toContainText('Waiting for approval');
  await expectAccessibleInBothLanguages(cw);

  // The families list finds the family by the new child's name.
  await cw.getByRole('link', { name: 'Families' }).click();
  await expectAccessibleInBothLanguages(cw);
  await cw.getByLabel("Child's name or case reference").fill('Sreynita');
  await cw.getByRole('button', { name: 'Search' }).click();
  await expect(cw.getByTestId('household-results')).toContainText('Pov Sreynita (demo)');

  // A supervisor finds the family's assessment and plan in the approvals inbox and approves both on the family page.
  const sup = await staffPage(browser, 'supervisor');
  await sup.goto('/staff/approvals');
  await expect(sup.getByRole('heading', { level: 1, name: 'Waiting for your approval' })).toBeVisible();
  const ofFamily = new RegExp(`${existingReference}|${siblingReference}`);
  for (const kind of ['Family assessment', 'Family plan']) {
    await expect(sup.getByTestId('approval-row').filter({ hasText: ofFamily }).filter({ has: sup.getByRole('link', { name: kind, exact: true }) })).toHaveCount(1);
  }
  await expectAccessibleInBothLanguages(sup);
  await sup.getByTestId('approval-row').filter({ hasText: ofFamily }).getByRole('link', { name: 'Family plan', exact: true }).click();
  await expect(sup.getByRole('heading', { level: 1, name: 'Family' })).toBeVisible();
  await sup.getByRole('button', { name: 'Approve the plan' }).click();
  await expect(sup.getByTestId('family-plan')).toContainText('Approved');
  await sup.getByTestId('family-assessment').first().getByRole('button', { name: 'Approve the assessment' }).click();
  await expect(sup.getByTestId('family-assessment').first()).toContainText('Approved');
  await cw.goto(siblingCaseUrl);
  await expect(cw.getByTestId('family-plan')).toContainText('Approved');

  // An emergency foster carer: registered, assessed, approved by the supervisor, available now.
  const fosterUrl = await registerCarer(cw, { kind: 'Foster carer', nameKm: 'សុខ ម៉ាលី', nameLatin: 'Sok Maly (demo)', relationship: 'Foster parent', emergency: true });
  await expectAccessibleInBothLanguages(cw);
  for (const kind of ['Home visit', 'Reference', 'Safeguarding check']) await addRecord(cw, kind);
  await cw.getByRole('button', { name: 'Send for approval' }).click();
  await expect(cw.getByText('Waiting for approval')).toBeVisible();
  await sup.goto(fosterUrl);
  await sup.getByRole('button', { name: 'Approve the carer' }).click();
  await expect(sup.getByTestId('carer-status')).toHaveText('Approved');
  await cw.getByRole('link', { name: 'Carers' }).click();
  await cw.getByRole('radio', { name: 'Emergency, available now' }).click();
  await expect(cw.getByTestId('carer-list')).toContainText('Sok Maly (demo)');
  await expectAccessibleInBothLanguages(cw);

  // Matched and placed: the picker lists approved emergency carers who can take this child.
  await cw.goto(siblingCaseUrl);
  await cw.getByRole('tab', { name: 'Placements', exact: true }).click();
  await cw.getByRole('button', { name: 'Record a placement' }).click();
  await choose(cw, 'Placement type', 'Foster care (emergency)');
  await cw.getByLabel('Start date', { exact: true }).fill(cambodiaDay(-2));
  await cw.getByLabel('Reason for the placement').fill('Unsafe at home tonight (e2e)');
  await choose(cw, 'Language the child speaks at home', 'Khmer');
  await cw.getByRole('radio', { name: /Sok Maly \(demo\)/ }).click();
  await expectAccessibleInBothLanguages(cw);
  await cw.getByRole('button', { name: 'Save the placement' }).click();
  await expect(cw.getByTestId('placement-saved')).toBeVisible();

  // The foster carer's support: a payment for the child's keep, with its amount.
  await cw.goto(fosterUrl);
  await choose(cw, 'What happened', 'Payment');
  await cw.getByLabel('Amount in riel (payments and in-kind support)').fill('120000');
  await cw.getByLabel('Case reference of the child (optional; needed for a kinship assessment)').fill(siblingReference);
  await cw.getByRole('button', { name: 'Add to the file' }).click();
  await expect(cw.getByTestId('carer-records')).toContainText(`Payment · Satisfactory · 120,000 riel · ${siblingReference}`);

  // The grandmother's household, registered as a kinship carer (demo data), gets its kinship assessment for this child.
  await cw.getByRole('link', { name: 'Carers' }).click();
  await cw.getByRole('link', { name: 'Chan Yeay (demo)' }).click();
  await expect(cw.getByRole('heading', { level: 1, name: 'Chan Yeay (demo)' })).toBeVisible();
  const kinUrl = cw.url();
  await choose(cw, 'What happened', 'Kinship assessment');
  await choose(cw, 'Outcome', 'Satisfactory');
  await cw.getByLabel('Case reference of the child (optional; needed for a kinship assessment)').fill(siblingReference);
  await choose(cw, 'Relationship to the child', 'Grandmother');
  await expectAccessibleInBothLanguages(cw);
  await cw.getByRole('button', { name: 'Add to the file' }).click();
  await expect(cw.getByTestId('carer-records')).toContainText(`Kinship assessment · Satisfactory · ${siblingReference} · Grandmother`);
  await cw.goto(siblingCaseUrl);
  await cw.getByRole('tab', { name: 'Placements', exact: true }).click();
  await cw.getByRole('button', { name: 'Record a placement' }).click();
  await choose(cw, 'Placement type', 'Kinship care');
  await cw.getByLabel('Start date', { exact: true }).fill(cambodiaDay(0));
  await cw.getByLabel('Reason for the placement').fill('The grandmother can care for her (e2e)');
  await cw.getByRole('radio', { name: /Chan Yeay \(demo\)/ }).click();
  await choose(cw, 'Relationship to the child', 'Grandmother');
  await cw.getByRole('button', { name: 'Save the placement' }).click();
  await expect(cw.getByTestId('placement-item').first()).toContainText('Kinship care');

  // The carer pages and the family page show it all.
  await cw.goto(fosterUrl);
  const fosterPlacements = cw.getByTestId('carer-placements');
  await expect(fosterPlacements).toContainText(siblingReference);
  await expect(fosterPlacements).toContainText('Foster care (emergency)');
  await cw.goto(kinUrl);
  await expect(cw.getByTestId('carer-placements')).toContainText('Kinship care · Grandmother');
  await expectAccessibleInBothLanguages(cw);
  await cw.goto(familyUrl);
  await expect(cw.getByTestId('family-plan')).toContainText('Approved');
  await expect(cw.getByTestId('household-stays')).toContainText(siblingReference);

  // The child now lives in the grandmother's household: moved there from the family page, with the history kept.
  await cw.getByRole('button', { name: 'Move Pov Sreynita (demo) to another family' }).click();
  await cw.getByRole('radio', { name: 'Chan Yeay (demo)' }).click();
  await cw.getByLabel('Reason for the move').fill('Lives with her grandmother in kinship care (e2e)');
  await expectAccessibleInBothLanguages(cw);
  await cw.getByRole('button', { name: 'Move the child', exact: true }).click();
  const movedRow = cw.getByTestId('household-children').getByRole('row').filter({ hasText: siblingReference });
  await expect(movedRow).toContainText('Moved on');
  await expectAccessibleInBothLanguages(cw);
  await cw.goto(kinUrl);
  await cw.getByRole('link', { name: "Carer's household" }).click();
  await expect(cw.getByTestId('household-children').getByRole('row').filter({ hasText: siblingReference })).toContainText('Lives here now');
  await expect(cw.getByTestId('household-stays')).toContainText('Lives with her grandmother in kinship care (e2e)');
});
