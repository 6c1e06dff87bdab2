// Outreach health checks: on a tablet, a caseworker opens the latest mobile clinic day, weighs and measures three
// children (one typing slip refused), refers one to a health centre, and later records that the child went. The
// health checks report counts it; the analyst sees the report without names. Axe in English and Khmer on each screen.
import { expect, test } from '@playwright/test';
import { expectAccessibleInBothLanguages, signInToStaff, staffPage } from '@kruosar/playwright-config';

const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true };

test('an outreach day records health checks and a referral, whose outcome is recorded later', async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await (await browser.newContext(TABLET)).newPage();
  await signInToStaff(page, 'caseworker');

  await page.getByRole('link', { name: 'Programmes' }).click();
  await page.getByRole('link', { name: 'Mobile clinic (demo)' }).click();
  await page.getByRole('link', { name: /^Take attendance: Outreach day/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance' })).toBeVisible();
  await page.getByRole('link', { name: 'Health checks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Health checks' })).toBeVisible();
  const rows = page.getByTestId('health-row');
  await expect(rows.first()).toBeVisible();
  await expectAccessibleInBothLanguages(page);

  const names: string[] = [];
  for (let i = 0; i < 3; i++) names.push((await rows.nth(i).getByTestId('child-name').innerText()).trim());
  const rowOf = (name: string) => rows.filter({ has: page.getByRole('heading', { name, exact: true }) });

  // The first child: measured, and referred to the health centre.
  const first = rowOf(names[0]!);
  await first.getByLabel('Weight (kg)').fill('24.5');
  await first.getByLabel('Height (cm)').fill('128');
  await first.getByRole('checkbox', { name: 'Refer to a health centre' }).tap();
  await first.getByLabel('Health centre', { exact: true }).fill('Rottanak health centre (demo)');
  await first.getByLabel('Reason for referral').fill('Cough for three weeks');
  await first.getByRole('button', { name: `Save check for ${names[0]}` }).click();
  await expect(rowOf(names[0]!).getByTestId('referral-status')).toHaveText('Referred, outcome not known yet');
  await expect(rowOf(names[0]!).getByTestId('indication')).toBeVisible();
  await expect(rowOf(names[0]!).getByTestId('growth')).toContainText('BMI 15');

  // The second: a weight typed in grams is refused, then corrected.
  const second = rowOf(names[1]!);
  await second.getByLabel('Weight (kg)').fill('2200');
  await second.getByLabel('Height (cm)').fill('120');
  await second.getByRole('button', { name: `Save check for ${names[1]}` }).click();
  await expect(second.getByRole('alert')).toContainText('Weight: 1.5 to 150 kg');
  await expectAccessibleInBothLanguages(page);
  await second.getByLabel('Weight (kg)').fill('22');
  await second.getByRole('button', { name: `Save check for ${names[1]}` }).click();
  await expect(rowOf(names[1]!).getByTestId('growth')).toContainText('BMI 15.3');

  const third = rowOf(names[2]!);
  await third.getByLabel('Weight (kg)').fill('18,4');
  await third.getByLabel('Height (cm)').fill('110');
  await third.getByRole('button', { name: `Save check for ${names[2]}` }).click();
  await expect(page.getByTestId('checked-count')).toContainText('3 of');

  // Later: the referral's outcome.
  await page.goto('/staff/programmes/referrals');
  const referral = page.getByTestId('referral-row').filter({ has: page.getByRole('heading', { name: names[0]!, exact: true }) });
  await expect(referral).toContainText('Rottanak health centre (demo)');
  await expectAccessibleInBothLanguages(page);
  await referral.getByRole('radio', { name: 'Went to the health centre' }).click();
  await referral.getByLabel('Note', { exact: true }).fill('Seen by the nurse, medicine given');
  await referral.getByRole('button', { name: `Save outcome for ${names[0]}` }).click();
  await expect(page.getByTestId('referral-row').filter({ has: page.getByRole('heading', { name: names[0]!, exact: true }) })).toHaveCount(0);
  await page.getByRole('radio', { name: 'All referrals' }).click();
  await expect(page.getByTestId('referral-row').filter({ hasText: 'Seen by the nurse' }).getByTestId('referral-status')).toHaveText('Went to the health centre');

  // The report counts the day; the analyst sees it with no names.
  await page.goto('/staff/programmes/health-report');
  await expect(page.getByTestId('health-report')).toContainText('Outreach day');
  await expectAccessibleInBothLanguages(page);
  const analyst = await staffPage(browser, 'analyst');
  await analyst.goto('/staff/programmes/health-report');
  await expect(analyst.getByTestId('health-report')).toContainText('Outreach day');
  for (const name of names) await expect(analyst.locator('body')).not.toContainText(name);
  await analyst.goto('/staff/programmes');
  await expect(analyst.getByRole('link', { name: 'Health centre referrals' })).toHaveCount(0);
});
