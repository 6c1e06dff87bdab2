// An administrator creates a caseworker account (temporary password shown once), the caseworker must choose a new
// password at first sign-in, and when the administrator deactivates the account, the open session stops working.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, staffPage } from '@kruosar/playwright-config';

test.use({ actionTimeout: 20_000 });

test('admin creates a caseworker who changes the temporary password, then deactivates them: their session ends', async ({ browser }) => {
  test.setTimeout(180_000);
  const username = `cw${Date.now().toString(36)}`;
  const admin = await staffPage(browser, 'admin', 'kruosar-demo');
  admin.on('dialog', (dialog) => void dialog.accept());
  await admin.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();
  await expectNoAxeViolations(admin);

  // A caseworker needs a commune: the form says so before anything is sent.
  await admin.getByRole('button', { name: 'Create an account' }).click();
  const form = admin.getByTestId('account-form');
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Name', { exact: true }).fill('Keo Sophal (e2e)');
  await form.getByLabel('Role', { exact: true }).selectOption('caseworker');
  await admin.getByRole('button', { name: 'Create the account' }).click();
  await expect(admin.getByRole('alert')).toContainText('works in at least one commune');
  await form.getByRole('checkbox').first().click();
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Create the account' }).click();
  await expect(admin.getByTestId('temporary-password')).toContainText(`Temporary password for ${username}`);
  const temporary = (await admin.getByTestId('temporary-password-value').innerText()).trim();
  await admin.getByLabel('Search by username or name').fill(username);
  const row = admin.getByTestId('user-row').filter({ hasText: username });
  await expect(row).toContainText('Must choose a new password');

  // First sign-in: only the change-password screen.
  const cw = await staffPage(browser, username, temporary);
  await expect(cw.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expect(cw.getByRole('navigation')).toHaveCount(0);
  await expectNoAxeViolations(cw);
  await cw.getByLabel('Temporary or current password').fill(temporary);
  await cw.getByLabel('New password', { exact: true }).fill('my own long password');
  await cw.getByLabel('New password again').fill('my own long password');
  await cw.getByRole('button', { name: 'Save the new password' }).click();
  await expect(cw.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();

  // Deactivated: the caseworker's open session is refused at the next request.
  await row.getByRole('button', { name: `Deactivate ${username}` }).click();
  await expect(row).toContainText('Deactivated');
  await cw.reload();
  await expect(cw.getByLabel('Username')).toBeVisible();
  await cw.getByLabel('Username').fill(username);
  await cw.getByLabel('Password').fill('my own long password');
  await cw.getByLabel('Password').press('Enter');
  await expect(cw.getByRole('alert')).toBeVisible();
  await expect(cw.getByTestId('account-name')).toHaveCount(0);

  // Reactivated, then in Khmer the screen passes axe too.
  await row.getByRole('button', { name: `Reactivate ${username}` }).click();
  await expect(row).toContainText('Active');
  await admin.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'គណនីបុគ្គលិក' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'English' }).click();
});
