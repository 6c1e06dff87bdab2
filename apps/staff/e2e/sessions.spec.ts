// Signing in again leaves the older session alive; "My account" lists both and ends the other one. English and
// Khmer, accessible.
import { expect, test, type Browser} from '@playwright/test';
import { expectNoAxeViolations } from '@kruosar/playwright-config';

async function signedIn(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/staff/');
  await page.getByLabel('Username').fill('supervisor2');
  await page.getByLabel('Password').fill('kruosar-demo');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByTestId('account-name')).toBeVisible();
  return { context, page };
}

test('a supervisor sees both sessions and ends the other one', async ({ browser }) => {
  const first = await signedIn(browser);
  const second = await signedIn(browser);
  const page = second.page;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'My account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /My account/ })).toBeVisible();
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('This browser');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /គណនីរបស់ខ្ញុំ/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'End all other sessions' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('only-this-session')).toBeVisible();

  // The other browser is signed out at its next request.
  await first.page.reload();
  await expect(first.page.getByLabel('Username')).toBeVisible();
  await first.context.close();
  await second.context.close();
});
