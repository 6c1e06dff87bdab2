// Signing out of the hive without a network: the phone forgets the account at once, asks what to do with a
// report still waiting on it, never reopens as the previous volunteer, and ends the session on the server as
// soon as the network returns.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hiveApi, readOutbox, registerNeed, signInToHive, untilServiceWorkerControls } from './hive-helpers';

test('offline sign-out with a waiting report: the volunteer chooses, the phone forgets, the server is told later', async ({ page, context }) => {
  await signInToHive(page);
  await untilServiceWorkerControls(page);

  await context.setOffline(true);
  const description = `ឪពុកម្តាយចាកចេញទៅធ្វើការ ${Date.now()}`;
  await registerNeed(page, description);
  await expect(page.locator('[data-testid="my-report"][data-delivery="waiting"]')).toHaveCount(1);

  // Sign out: a warning names the waiting report; "stay" changes nothing.
  await page.getByRole('button', { name: 'ចាកចេញ' }).click();
  const dialog = page.getByRole('dialog', { name: 'របាយការណ៍ ១ មិនទាន់ដល់ក្រុមការងារនៅឡើយទេ' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'បន្តនៅក្នុងគណនី' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('account-name')).toHaveText('Mao Sokha (demo)');

  // Sign out, deleting it: the sign-in screen at once, nothing of the account left on the phone.
  await page.getByRole('button', { name: 'ចាកចេញ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'លុបចោល ហើយចាកចេញ' }).click();
  await expect(page.getByLabel('ឈ្មោះអ្នកប្រើ')).toBeVisible();
  expect(await readOutbox(page)).toEqual([]);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kruosar.hive.')));
  expect(kept).toEqual(['kruosar.hive.signOutPending']);

  // Opened again without network: still signed out.
  await page.reload();
  await expect(page.getByLabel('ឈ្មោះអ្នកប្រើ')).toBeVisible();
  await expect(page.getByTestId('account-name')).toHaveCount(0);

  // The network returns: the server hears of the sign-out by itself, and the old cookie is worth nothing.
  const told = page.waitForResponse((r) => r.url().includes('/api/hive/auth.signOut') && r.ok());
  await context.setOffline(false);
  await told;
  expect((await hiveApi(page, 'auth.me')).result?.data).toBeNull();
  await page.reload();
  await expect(page.getByLabel('ឈ្មោះអ្នកប្រើ')).toBeVisible();
  await expect(page.getByTestId('account-name')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('kruosar.hive.signOutPending'))).toBeNull();
  const mine = (await hiveApi(page, 'needs.mine')).error?.data.code;
  expect(mine).toBe('UNAUTHORIZED');
});

test('offline sign-out keeping the waiting report: it is sent when the same volunteer signs in again', async ({ page, context }) => {
  await signInToHive(page);
  await untilServiceWorkerControls(page);
  await context.setOffline(true);
  const description = `ក្មេងត្រូវការសៀវភៅ ${Date.now()}`;
  await registerNeed(page, description);

  await page.getByRole('button', { name: 'ចាកចេញ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'រក្សាទុក ហើយចាកចេញ' }).click();
  await expect(page.getByLabel('ឈ្មោះអ្នកប្រើ')).toBeVisible();
  expect((await readOutbox(page)).map((q) => [q.input.description, q.delivery])).toEqual([[description, 'waiting']]);

  await context.setOffline(false);
  await signInToHive(page);
  await expect(page.getByTestId('my-report').filter({ hasText: description })).toContainText('បានទទួល');
  const mine = (await hiveApi(page, 'needs.mine')).result?.data as { description: string }[];
  expect(mine.filter((n) => n.description === description)).toHaveLength(1);
});
