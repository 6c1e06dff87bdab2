// A volunteer signs in in Khmer, registers a need, sees it in "My reports", switches to English,
// and the screen passes axe in both languages.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '@kruosar/playwright-config';

test('hive volunteer: Khmer first, register a need, see it in My reports, English too, accessible', async ({ page }) => {
  await page.goto('/hive/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await page.getByLabel('ឈ្មោះអ្នកប្រើ').fill('hive');
  await page.getByLabel('ពាក្យសម្ងាត់').fill('kruosar-demo');
  await page.getByLabel('ពាក្យសម្ងាត់').press('Enter');
  await expect(page.getByTestId('account-name')).toHaveText('Mao Sokha (demo)');
  await expect(page.getByRole('heading', { level: 1, name: 'ចុះបញ្ជីតម្រូវការ' })).toBeVisible();
  await expect(page).toHaveTitle('ចុះបញ្ជីតម្រូវការ · Kruosar');

  // Khmer is drawn with the self-hosted Noto Sans Khmer.
  const khmerFontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans Khmer' && f.status === 'loaded');
  });
  expect(khmerFontLoaded).toBe(true);

  // Sending an empty form names each missing field and moves focus to the first.
  await page.getByRole('button', { name: 'ផ្ញើ' }).click();
  await expect(page.getByLabel('ភូមិ')).toBeFocused();
  await expect(page.getByText('សូមជ្រើសរើសមួយ។')).toHaveCount(3);
  await expect(page.getByText('សូមបំពេញប្រអប់នេះ។')).toHaveCount(1);
  await expectNoAxeViolations(page);

  const description = `គ្រួសារនេះខ្វះអង្ករ កូនបីនាក់ ${Date.now()}`;
  const village = page.getByLabel('ភូមិ');
  await village.selectOption({ index: 1 });
  await page.getByLabel('ប្រភេទតម្រូវការ').selectOption('food');
  await page.getByRole('radio', { name: 'ឆាប់ៗ' }).check();
  await page.getByLabel('តើមានរឿងអ្វីកើតឡើង?').fill(description);
  // Khmer screens write numbers in Khmer digits.
  const khmerDigits = (n: number) => String(n).replace(/\d/g, (d) => '០១២៣៤៥៦៧៨៩'[Number(d)]!);
  await expect(page.getByText(`${khmerDigits(description.length)} / ២,០០០ តួអក្សរ`)).toBeVisible();
  await page.getByLabel('លេខទូរស័ព្ទទំនាក់ទំនង').fill('០១២ ៣៤៥ ៦៧៨');
  await page.getByLabel('គ្រួសារយល់ព្រមឱ្យក្រុមការងារទាក់ទងមក').check();
  await page.getByRole('button', { name: 'ផ្ញើ' }).click();

  await expect(page.getByRole('status').getByText('បានផ្ញើហើយ។', { exact: false })).toBeVisible();
  await expect(page.getByLabel('តើមានរឿងអ្វីកើតឡើង?')).toHaveValue('');
  const report = page.getByTestId('my-report').filter({ hasText: description });
  await expect(report).toHaveCount(1);
  await expect(report).toContainText('ស្បៀងអាហារ');
  await expect(report).toContainText('បានទទួល');
  // Dates in Khmer name the month in Khmer, whatever locale data the browser has.
  await expect(report).toContainText(/បានរាយការណ៍ [០-៩]{1,2} (មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ) [០-៩]{4}/);
  await expectNoAxeViolations(page);

  // English, remembered on this phone.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Register a need' })).toBeVisible();
  await expect(report).toContainText('Food');
  await expect(report).toContainText('Received');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'My reports' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
});
