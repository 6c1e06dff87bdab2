// A first visit opens in the language the browser prefers: Khmer for a Khmer phone (with "Village Hive" in Khmer),
// English otherwise; a choice made on the page wins over the browser afterwards.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '@kruosar/playwright-config';

test('opens in Khmer when the browser prefers Khmer, in English otherwise', async ({ browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const khmer = await browser.newContext({ baseURL, locale: 'km-KH' });
  const page = await khmer.newPage();
  await page.goto('/supporters/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('button', { name: 'EN' })).toBeVisible();
  const text = await page.locator('main').innerText();
  expect(text).toMatch(/[\u1780-\u17FF]/);
  expect(text).not.toContain('Village Hive');
  await expectNoAxeViolations(page);

  // Chosen English on the page: it stays English, whatever the browser prefers.
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await khmer.close();

  const english = await browser.newContext({ baseURL, locale: 'en-GB' });
  const other = await english.newPage();
  await other.goto('/supporters/');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.getByRole('heading', { level: 1, name: 'Keeping children in families' })).toBeVisible();
  await expectNoAxeViolations(other);
  await english.close();
});
