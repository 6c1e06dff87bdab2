// A caseworker signs in, works the caseload in English and Khmer, and the screen passes axe.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '@kruosar/playwright-config';

test('caseworker: sign in, caseload with search and paging, English and Khmer, accessible', async ({ page }) => {
  await page.goto('/staff/');
  await expect(page).toHaveTitle(/Sign in/);
  await page.getByLabel('Username').fill('caseworker');
  await page.getByLabel('Password').fill('kruosar-demo');
  await page.getByLabel('Password').press('Enter');

  await expect(page.getByTestId('account-name')).toHaveText('Sok Dalin (demo)');
  // Home is My work; the caseload is its own page.
  await page.goto('/staff/cases');
  const rows = page.getByTestId('case-row');
  await expect(rows.first()).toBeVisible();

  // The caseworker's account is in Khmer; switch to English on this device.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  // Search by a reference from the list: exactly that case remains.
  const reference = (await rows.first().getByRole('rowheader').innerText()).trim();
  await page.getByLabel('Search by name or reference').fill(reference);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('rowheader')).toHaveText(reference);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByLabel('Search by name or reference')).toHaveValue('');

  // Sorting by a column header, announced through aria-sort.
  const referenceHeader = page.getByRole('columnheader', { name: /Reference/ });
  await referenceHeader.getByRole('button').click();
  await expect(referenceHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=reference&dir=asc/);
  const references = await rows.getByRole('rowheader').allInnerTexts();
  expect(references).toEqual([...references].sort());
  await referenceHeader.getByRole('button').click();
  await expect(referenceHeader).toHaveAttribute('aria-sort', 'descending');

  // Paging, when there is more than one page.
  const range = page.getByRole('navigation', { name: 'Pages' }).getByText(/of \d+/);
  await expect(range).toHaveText(/^1–\d+ of \d+$/);
  const total = Number((await range.innerText()).split(' of ')[1]!.replace(/\D/g, ''));
  if (total > 25) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(range).toHaveText(new RegExp(`^26–${Math.min(50, total)} of `));
  }
  await expectNoAxeViolations(page);

  // Khmer, remembered on reload.
  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('heading', { level: 1, name: 'ករណី' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'ករណី' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The hive triage queue, then sign out.
  await page.getByRole('link', { name: 'តម្រូវការពីសំបុកឃ្មុំភូមិ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('តម្រូវការពីសំបុកឃ្មុំភូមិដែលត្រូវពិនិត្យ');
  await expect(page.getByTestId('need-row').first().or(page.getByText('គ្មានតម្រូវការកំពុងរង់ចាំទេ'))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'ចាកចេញ' }).click();
  await expect(page.getByLabel('ឈ្មោះអ្នកប្រើ')).toBeVisible();
});

test('a wrong password is refused with a message, and an analyst sees no names', async ({ page }) => {
  await page.goto('/staff/');
  await page.getByLabel('Username').fill('analyst');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The username or password is not right.');

  await page.getByLabel('Password').fill('kruosar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('account-name')).toHaveText('Kim Sreymom (demo)');
  await page.goto('/staff/cases');
  await expect(page.getByText('Names are hidden for your role.')).toBeVisible();
  await expect(page.getByTestId('case-row').first()).toContainText('Name hidden');
  await expect(page.getByLabel('Search by name or reference')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Hive needs' })).toHaveCount(0);
});
