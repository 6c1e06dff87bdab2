// A story naming a child from the records cannot go to review until the name is changed; axe in English and Khmer.
import { expect, test} from '@playwright/test';
import { expectNoAxeViolations } from '@kruosar/playwright-config';

test('caseworker: a child\'s name from the records stops a story going to review until it is changed', async ({ page }) => {
  await page.goto('/staff/');
  await page.getByLabel('Username').fill('caseworker');
  await page.getByLabel('Password').fill('kruosar-demo');
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/staff/cases');
  const firstRow = page.getByTestId('case-row').first();
  await expect(firstRow).toBeVisible();
  // A child's name as the caseload shows it, e.g. "Chan Sreypov (demo)"; the story uses it without the note.
  const name = /([A-Z][a-z]+ [A-Z][a-z]+) \(demo\)/.exec(await firstRow.innerText())?.[1];
  expect(name).toBeTruthy();

  await page.goto('/staff/stories/new');
  await page.getByLabel('Title').fill('Home again');
  await page.getByLabel('Pseudonym').fill('Bright Star');
  await page.getByLabel('Story', { exact: true }).fill(`${name} now lives with her grandmother and goes to school.`);
  await page.getByLabel('Guardian consented on').fill('2026-11-01');
  await page.getByLabel('Child consented on').fill('2026-11-01');
  await page.getByLabel('Consent expires on').fill('2027-11-01');
  await page.getByRole('button', { name: 'Save' }).click();

  const checks = page.getByRole('region', { name: 'Automatic checks' });
  await expect(checks.getByRole('list', { name: 'What the checks found' })).toContainText(`“${name}`);
  await expect(checks).toContainText("a name in the records");
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByRole('alert')).toContainText('The automatic checks found words to change first');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.getByRole('heading', { name: 'ការត្រួតពិនិត្យស្វ័យប្រវត្តិ' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Story', { exact: true }).fill('Bright Star now lives with her grandmother and goes to school.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(checks).toContainText('Nothing found');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByText('In review').first()).toBeVisible();
});
