// A first visit opens in the language the browser prefers: Khmer for a Khmer phone (with "Village Hive" in Khmer),
// English otherwise; a choice made on the page wins over the browser afterwards. Stories written in one language say so.
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

  // Stories written in one language say so, in Khmer, and carry their own language.
  await page.goto('/supporters/stories');
  const english = page.getByTestId('story-card').filter({ has: page.locator('article[lang="en"]') });
  const khmerStory = page.getByTestId('story-card').filter({ has: page.locator('article[lang="km"]') });
  await expect(english.first().getByTestId('one-language')).toHaveText('សរសេរជាភាសាអង់គ្លេសតែប៉ុណ្ណោះ។');
  await expect(khmerStory.first()).toBeVisible();
  await expect(khmerStory.getByTestId('one-language')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Chosen English on the page: it stays English, whatever the browser prefers.
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await khmer.close();

  const englishContext = await browser.newContext({ baseURL, locale: 'en-GB' });
  const other = await englishContext.newPage();
  await other.goto('/supporters/');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.getByRole('heading', { level: 1, name: 'Keeping children in families' })).toBeVisible();
  await expectNoAxeViolations(other);
  await englishContext.close();
});
