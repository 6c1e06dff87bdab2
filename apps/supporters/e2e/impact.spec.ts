// The public impact page works without signing in; a donor signs in, sees who they are, reads it
// in Khmer; axe finds nothing on either.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '@kruosar/playwright-config';

const figuresOrEmptyState = (page: Page) =>
  page.getByTestId('impact-figure').first().or(page.getByRole('heading', { name: 'No impact figures published yet' }));

test('public page: mission, published figures or an honest empty state, what "<10" means', async ({ page }) => {
  await page.goto('/supporters/');
  await expect(page).toHaveTitle('Our impact · Kruosar');
  await expect(page.getByRole('heading', { level: 1, name: 'Keeping children in families' })).toBeVisible();
  await expect(figuresOrEmptyState(page)).toBeVisible();
  await expect(page.getByText('“<10” means a number from 1 to 9.', { exact: false })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard: the first Tab reaches "Skip to content", which moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('donor: sign in, see who you are, Khmer, sign out', async ({ page }) => {
  await page.goto('/supporters/');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/supporters\/sign-in$/);
  await expectNoAxeViolations(page);
  await page.getByLabel('Username').fill('donor');
  await page.getByLabel('Password').fill('kruosar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/supporters\/$/);
  await expect(page.getByTestId('account-name')).toHaveText('Alex Morgan (demo)');
  await expect(page.getByText('You are signed in as Alex Morgan (demo) (Donor).')).toBeVisible();
  await expect(figuresOrEmptyState(page)).toBeVisible();

  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('heading', { level: 1, name: 'រក្សាកុមារឱ្យនៅជាមួយគ្រួសារ' })).toBeVisible();
  await expect(page.getByText('អ្នកបានចូលគណនីជា Alex Morgan (demo) (ម្ចាស់ជំនួយ)។')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'ចាកចេញ' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'ចូលគណនី' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'រក្សាកុមារឱ្យនៅជាមួយគ្រួសារ' })).toBeVisible();
});
