// A volunteer changes a report, then withdraws another, while the team has not looked at them.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hiveApi, registerNeed, signInToHive } from './hive-helpers';

test('a report not yet triaged can be changed and withdrawn, in Khmer and English', async ({ page }) => {
  await signInToHive(page);
  const stamp = Date.now();
  const first = `គ្រួសារត្រូវការអង្ករ ${stamp}`;
  const second = `ក្មេងត្រូវការសៀវភៅ ${stamp}`;
  await registerNeed(page, first);
  await registerNeed(page, second);
  const firstReport = page.getByTestId('my-report').filter({ hasText: first });
  await expect(firstReport).toContainText('បានទទួល');

  // Change: an empty text is refused with a message; then the new words and urgency are saved.
  await firstReport.getByRole('button', { name: 'កែប្រែ' }).click();
  const form = firstReport.getByTestId('edit-report');
  await expectNoAxeViolations(page);
  await form.getByLabel('តើមានរឿងអ្វីកើតឡើង?').fill('   ');
  await form.getByRole('button', { name: 'រក្សាទុកការកែប្រែ' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  const changed = `គ្រួសារត្រូវការអង្ករ និងថ្នាំ ${stamp}`;
  await form.getByLabel('តើមានរឿងអ្វីកើតឡើង?').fill(changed);
  await form.getByRole('radio', { name: 'បន្ទាន់' }).check();
  await form.getByRole('button', { name: 'រក្សាទុកការកែប្រែ' }).click();
  const changedReport = page.getByTestId('my-report').filter({ hasText: changed });
  await expect(changedReport).toHaveCount(1);
  await expect(page.getByTestId('edit-report')).toHaveCount(0);
  const mine = (await hiveApi(page, 'needs.mine')).result?.data as { id: string; description: string; urgency: string; status: string }[];
  expect(mine.find((n) => n.description === changed)).toMatchObject({ urgency: 'urgent', status: 'received' });

  // Withdraw the second, after confirming.
  page.once('dialog', (dialog) => void dialog.accept());
  const secondReport = page.getByTestId('my-report').filter({ hasText: second });
  await secondReport.getByRole('button', { name: 'ដកវិញ' }).click();
  await expect(secondReport).toContainText('បានដកវិញ');
  await expect(secondReport.getByRole('button', { name: 'កែប្រែ' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(changedReport.getByRole('button', { name: 'Change' })).toBeVisible();
  await expect(secondReport).toContainText('Withdrawn');
  await expectNoAxeViolations(page);
});
