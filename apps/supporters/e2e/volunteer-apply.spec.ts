// Applying to volunteer without an account: a person applies in Khmer (a phone number in Khmer digits, consent to
// safeguarding checks required), a supervisor accepts on the staff portal and gets a temporary password once, and
// the new volunteer signs in, chooses a password and sees their checks in progress. axe in English and Khmer.
import { expect, test } from '@playwright/test';
import { expectAccessibleInBothLanguages, expectNoAxeViolations, staffPage } from '@kruosar/playwright-config';

test('apply in Khmer, accepted by a supervisor, the new volunteer signs in', async ({ browser }, testInfo) => {
  // Three people, two portals and axe in two languages: longer than one screen's test.
  test.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL;
  const stamp = Date.now().toString().slice(-6);
  const name = `Sok Dara e2e ${stamp}`;

  // In English first: the empty form says what is missing, and the screen is accessible.
  const english = await (await browser.newContext({ baseURL, locale: 'en-GB' })).newPage();
  await english.goto('/supporters/');
  await english.getByRole('navigation').getByRole('link', { name: 'Volunteer with us' }).click();
  await expect(english.getByRole('heading', { level: 1, name: 'Apply to volunteer' })).toBeVisible();
  await expectNoAxeViolations(english);
  await english.getByRole('button', { name: 'Send my application' }).click();
  await expect(english.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  await expect(english.getByText('To volunteer you must agree to safeguarding checks. Tick the box to agree.')).toBeVisible();
  await english.getByLabel('Phone number or email').fill('+1 555 0100');
  await english.getByRole('button', { name: 'Send my application' }).click();
  await expect(english.getByText('Give a Cambodian phone number (for example 012 345 678) or an email address.')).toBeVisible();
  await expectNoAxeViolations(english);

  // In Khmer, with Khmer digits.
  const applicant = await browser.newContext({ baseURL, locale: 'km-KH' });
  const page = await applicant.newPage();
  await page.goto('/supporters/volunteer/apply');
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('heading', { level: 1, name: 'ដាក់ពាក្យធ្វើជាអ្នកស្ម័គ្រចិត្ត' })).toBeVisible();
  await page.getByRole('button', { name: 'ផ្ញើពាក្យស្នើសុំរបស់ខ្ញុំ' }).click();
  await expect(page.getByText('ដើម្បីធ្វើជាអ្នកស្ម័គ្រចិត្ត អ្នកត្រូវយល់ព្រមឱ្យមានការត្រួតពិនិត្យសុវត្ថិភាពកុមារ។ សូមធីកប្រអប់ដើម្បីយល់ព្រម។')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('ឈ្មោះរបស់អ្នក').fill(name);
  const khmerDigits = stamp.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
  await page.getByLabel('លេខទូរសព្ទ ឬអ៊ីមែល').fill(`០៩៧ ${khmerDigits}`);
  await page.getByLabel('ជំនាញរបស់អ្នក').fill('បង្រៀនអាន និងជំនួយសង្គ្រោះបឋម');
  await page.getByRole('checkbox', { name: 'ចុងសប្ដាហ៍' }).click();
  await page.getByRole('checkbox', { name: 'ភាសាខ្មែរ' }).click();
  await page.getByRole('checkbox', { name: /ខ្ញុំយល់ព្រម/ }).click();
  await page.getByRole('button', { name: 'ផ្ញើពាក្យស្នើសុំរបស់ខ្ញុំ' }).click();
  await expect(page.getByRole('heading', { name: 'សូមអរគុណសម្រាប់ការដាក់ពាក្យ' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The supervisor reviews it and makes the account.
  const supervisor = await staffPage(browser, 'supervisor');
  await supervisor.getByRole('navigation').getByRole('link', { name: 'Volunteering' }).click();
  await supervisor.getByRole('tab', { name: /Applications/ }).click();
  const row = supervisor.getByTestId('application-row').filter({ hasText: name });
  await expect(row).toContainText(`+85597${stamp}`);
  await expect(row).toContainText('Account in Khmer');
  await expect(row).toContainText('Weekends');
  await expectAccessibleInBothLanguages(supervisor);
  await supervisor.getByRole('tab', { name: /Applications/ }).click();
  await supervisor.getByRole('button', { name: `Accept ${name}` }).click();
  const issued = supervisor.getByTestId('temporary-password');
  await expect(issued).toContainText(`Account made for ${name}.`);
  const username = /Username: (.+?)\. Temporary/.exec(await issued.innerText())![1]!;
  const temporaryPassword = await supervisor.getByTestId('temporary-password-value').innerText();
  await expect(row).toHaveCount(0);
  await expectNoAxeViolations(supervisor);
  await supervisor.getByRole('tab', { name: 'Safeguarding' }).click();
  await expect(supervisor.getByTestId('volunteer-row').filter({ hasText: name })).toContainText('Checks in progress');

  // The new volunteer signs in (in Khmer), chooses a password, and sees their checks in progress.
  await page.goto('/supporters/sign-in');
  await page.getByLabel(/^(Username|ឈ្មោះអ្នកប្រើ)$/).fill(username);
  await page.getByLabel(/^(Password|ពាក្យសម្ងាត់)$/).fill(temporaryPassword);
  await page.getByLabel(/^(Password|ពាក្យសម្ងាត់)$/).press('Enter');
  await expect(page.getByRole('heading', { name: 'ជ្រើសរើសពាក្យសម្ងាត់ថ្មី' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('ពាក្យសម្ងាត់បណ្ដោះអាសន្ន').fill(temporaryPassword);
  await page.getByLabel('ពាក្យសម្ងាត់ថ្មី', { exact: true }).fill('my own volunteer password');
  await page.getByLabel('ពាក្យសម្ងាត់ថ្មីម្ដងទៀត').fill('my own volunteer password');
  await page.getByRole('button', { name: 'រក្សាទុកពាក្យសម្ងាត់ថ្មី' }).click();
  await expect(page.getByTestId('safeguarding-status')).toHaveText('កំពុងត្រួតពិនិត្យ');
  await expectNoAxeViolations(page);
  await applicant.close();
});
