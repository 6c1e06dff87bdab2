// Administration and sign-in security as an administrator, a new caseworker and a new supervisor live it: the
// caseworker may sign in without two-factor sign-in, sets it up from My account and turns it off again; the
// supervisor must set it up at first sign-in (the code computed here as an authenticator app would), signs in again
// with a recovery code, cannot turn it off, and a deactivated account's open session stops working; a caseload
// spreadsheet is imported after a dry run.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { Secret, TOTP } from 'otpauth';
import { chooseNewPassword, createStaffAccount, expectAccessibleInBothLanguages, staffPage } from '@kruosar/playwright-config';

test.use({ actionTimeout: 20_000 });

async function signInWithPassword(page: Page, username: string, password: string) {
  await page.goto('/staff/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
}

/** The account's language applies at sign-in; these steps read English. */
async function inEnglish(page: Page) {
  await expect(page.getByTestId('account-name')).toBeVisible();
  const english = page.getByRole('button', { name: 'English' });
  if ((await english.getAttribute('aria-pressed')) !== 'true') await english.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** The set-up steps of an authenticator app: scan (here, read the key), then type the code it shows. */
async function setUpAuthenticator(page: Page) {
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByTestId('two-factor-qr')).toBeVisible();
  return new TOTP({ secret: Secret.fromBase32((await page.getByTestId('two-factor-secret').innerText()).trim()) });
}

test('an admin creates a caseworker (two-factor optional) and a supervisor (two-factor required); deactivating ends a session', async ({ browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const username = `sup${stamp}`;
  const admin = await staffPage(browser, 'admin', 'kruosar-demo');
  admin.on('dialog', (dialog) => void dialog.accept());

  // The caseworker: the password alone signs in; two-factor sign-in is theirs to turn on, and off again.
  const cwName = `cw${stamp}`;
  const cwTemporary = await createStaffAccount(admin, { username: cwName, name: 'Keo Sophal (e2e)', role: 'caseworker' });
  const cw = await (await browser.newContext()).newPage();
  await signInWithPassword(cw, cwName, cwTemporary);
  await inEnglish(cw);
  await chooseNewPassword(cw, cwTemporary, 'caseworker long password');
  await expect(cw.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await cw.getByRole('link', { name: 'My account' }).click();
  await expect(cw.getByText('Protect your account')).toBeVisible();
  const cwTotp = await setUpAuthenticator(cw);
  await cw.getByLabel('Code shown by the app').fill(cwTotp.generate());
  await cw.getByRole('button', { name: 'Turn on' }).click();
  await expect(cw.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await cw.getByRole('button', { name: 'I have kept them; continue' }).click();
  await cw.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
  await cw.getByLabel('Password or code from the app').fill('not my password');
  await cw.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(cw.getByRole('alert')).toContainText('This is neither your password nor the code your app shows now.');
  await expectAccessibleInBothLanguages(cw);
  await cw.getByLabel('Password or code from the app').fill('caseworker long password');
  await cw.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(cw.getByRole('status').filter({ hasText: 'Two-factor sign-in is off.' })).toBeVisible();
  await expect(cw.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeVisible();

  // The supervisor: created the same way, but must set it up before anything else.
  const temporary = await createStaffAccount(admin, { username, name: 'Sok Vanna (e2e)', role: 'supervisor' });
  await admin.getByLabel('Search by username or name').fill(username);
  const row = admin.getByTestId('user-row').filter({ hasText: username });
  await expect(row.getByTestId('two-factor-state')).toHaveText('Two-factor sign-in: off');

  // First sign-in: a new password, then two-factor set-up is the only screen.
  const sup = await (await browser.newContext()).newPage();
  await signInWithPassword(sup, username, temporary);
  await inEnglish(sup);
  await chooseNewPassword(sup, temporary, 'supervisor long password');
  await expect(sup.getByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeVisible();
  await expect(sup.getByRole('navigation')).toHaveCount(0);
  await expectAccessibleInBothLanguages(sup);
  // The server refuses the rest too, not only the screen.
  expect((await sup.request.get(`/api/staff/cases.list?input=${encodeURIComponent('{}')}`)).status()).toBe(403);

  const totp = await setUpAuthenticator(sup);
  await sup.getByLabel('Code shown by the app').fill(totp.generate().replace(/^(\d)/, (d) => String((Number(d) + 1) % 10)));
  await sup.getByRole('button', { name: 'Turn on' }).click();
  await expect(sup.getByRole('alert')).toContainText('This code is not right');
  await expectAccessibleInBothLanguages(sup);
  await sup.getByLabel('Code shown by the app').fill(totp.generate());
  await sup.getByRole('button', { name: 'Turn on' }).click();
  const codes = sup.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().innerText()).trim();
  await expectAccessibleInBothLanguages(sup);
  await sup.getByRole('button', { name: 'I have kept them; continue' }).click();
  await expect(sup.getByRole('navigation')).toBeVisible();

  // Signing in again: the password alone is not enough; a recovery code opens it (once).
  await sup.getByRole('button', { name: 'Sign out' }).click();
  // Navigating before the sign-out answer arrives would cancel it and keep the session.
  await expect(sup.getByTestId('account-name')).toHaveCount(0);
  await signInWithPassword(sup, username, 'supervisor long password');
  await expect(sup.getByRole('alert')).toContainText('Type the code from your authenticator app');
  await sup.getByLabel('Code from your authenticator app').fill(recovery);
  await sup.getByLabel('Code from your authenticator app').press('Enter');
  await inEnglish(sup);
  await sup.getByRole('link', { name: 'My account' }).click();
  await expect(sup.getByText('9 recovery codes left')).toBeVisible();
  // Required for a supervisor: no way to turn it off here, and the server refuses it too.
  await expect(sup.getByTestId('two-factor-stays-on')).toHaveText('Administrators and supervisors must use two-factor sign-in, so it cannot be turned off.');
  await expect(sup.getByRole('button', { name: 'Turn off two-factor sign-in' })).toHaveCount(0);
  const refused = await sup.request.post('/api/staff/account.twoFactorTurnOff', { data: { confirmation: 'supervisor long password' } });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain('errors.twoFactorRequiredForRole');
  await admin.reload();
  await admin.getByLabel('Search by username or name').fill(username);
  await expect(row.getByTestId('two-factor-state')).toHaveText('Two-factor sign-in: on');

  // The audit screen shows what happened to the account, and that the chain verifies.
  await admin.getByRole('link', { name: 'Audit', exact: true }).click();
  await expect(admin.getByTestId('audit-chain')).toContainText('The audit chain verifies');
  await admin.getByLabel('User (username)').fill(username);
  await admin.getByLabel('Action').fill('user.');
  await admin.getByRole('button', { name: 'Apply filters' }).click();
  await expect(admin.getByTestId('audit-row').filter({ hasText: 'user.twoFactor.enable' })).toHaveCount(1);
  await admin.getByLabel('User (username)').fill(cwName);
  await admin.getByRole('button', { name: 'Apply filters' }).click();
  await expect(admin.getByTestId('audit-row').filter({ hasText: 'user.twoFactor.disable' })).toHaveCount(1);
  await expectAccessibleInBothLanguages(admin);
  const download = admin.waitForEvent('download');
  await admin.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^kruosar-audit-.*\.csv$/);
  await admin.getByRole('link', { name: 'Users', exact: true }).click();
  await admin.getByLabel('Search by username or name').fill(username);

  // Deactivated: the supervisor's open session is refused at once.
  await row.getByRole('button', { name: `Deactivate ${username}` }).click();
  await expect(row).toContainText('Deactivated');
  await sup.reload();
  await expect(sup.getByLabel('Username')).toBeVisible();
  await expect(sup.getByTestId('account-name')).toHaveCount(0);
});

test('a 50-row XLSX with 3 bad rows imports 47 after a dry run', async ({ browser }) => {
  test.setTimeout(180_000);
  const header = ['reference', 'family_name_latin', 'given_name_latin', 'family_name_km', 'given_name_km', 'sex', 'date_of_birth', 'village_code', 'risk_level', 'protection_concerns'];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Caseload');
  sheet.addRow(header);
  // Names starting with letters no demo child's name starts with, so none is a possible duplicate of the demo caseload;
  // told apart by letters (a name with digits would be searched as a case reference).
  const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
  for (let i = 0; i < 50; i++) {
    const bad = { 10: { village_code: '99999999' }, 20: { date_of_birth: '2015-02-30' }, 30: { sex: 'unknown' } }[i] ?? {};
    const row: Record<string, string | Date> = {
      reference: `PAPER-${i}`, family_name_latin: `Xen${letters(i)}`, given_name_latin: `Quon${letters(i)}`, family_name_km: 'ឃុន', given_name_km: 'ឃី',
      sex: i % 2 ? 'male' : 'female', date_of_birth: new Date(Date.UTC(2012 + (i % 6), i % 12, 1 + (i % 27))), village_code: '02030301', risk_level: 'low', protection_concerns: 'school_dropout',
      ...bad,
    };
    sheet.addRow(header.map((h) => row[h] ?? ''));
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  const admin = await staffPage(browser, 'admin', 'kruosar-demo');
  await admin.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Import a caseload' })).toBeVisible();
  await expectAccessibleInBothLanguages(admin);
  await admin.getByLabel('CSV or XLSX file').setInputFiles({ name: 'paper-caseload.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(admin.getByTestId('import-summary')).toHaveText('50 rows read: 47 ready to import, 3 with problems (listed below; they are not imported).');
  const problems = admin.getByTestId('import-problem-row');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('Village 99999999 is not in the imported geography.');
  await expect(problems.nth(1)).toContainText('“2015-02-30” is not a date');
  await expect(problems.nth(2)).toContainText('“unknown” is not one of the allowed values');
  await expect(admin.getByTestId('import-step')).toHaveText('Checked: nothing has been saved yet.');
  await expectAccessibleInBothLanguages(admin);
  await admin.getByRole('button', { name: 'Import 47 rows' }).click();
  await expect(admin.getByTestId('import-done')).toHaveText('Imported 47 cases; 3 rows were not imported.');

  // They are in the caseload.
  await admin.getByRole('link', { name: 'Caseload', exact: true }).click();
  await admin.getByLabel('Search by name or reference').fill('Xenam');
  await expect(admin.getByRole('row', { name: /Xenam Quonam/ })).toBeVisible();
});
