// The team's replies reach the volunteer without a manual reload (back to the front, "Refresh"), with a badge;
// offline, "My reports" and the hive board show the copies last kept on the phone, dated, with no error; a long
// report opens in full; English screens name villages in Latin letters.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, hiveApi, registerNeed, signInToHive, untilServiceWorkerControls } from './hive-helpers';

/** A caseworker of the commune decides a need through the staff API (as the triage screen does). */
async function resolveAsStaff(staff: APIRequestContext, needId: string, message: string) {
  const detail = await staff.get(`/api/staff/needs.byId?input=${encodeURIComponent(JSON.stringify({ needId }))}`);
  expect(detail.ok()).toBe(true);
  const { version } = ((await detail.json()) as { result: { data: { version: number } } }).result.data;
  const triage = await staff.post('/api/staff/needs.triage', { data: { needId, version, decision: { decision: 'resolve', messageToVolunteer: message } } });
  expect(triage.ok(), await triage.text()).toBe(true);
}

async function needIdOf(page: Page, description: string) {
  const mine = (await hiveApi(page, 'needs.mine')).result?.data as { id: string; description: string }[];
  return mine.find((n) => n.description === description)!.id;
}

/** The app going to the background and coming back to the front, as when the volunteer switches apps. */
const backToFront = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });

test('staff replies appear when the app comes to the front and on Refresh, with a badge until read', async ({ page, playwright }, testInfo) => {
  await signInToHive(page);
  const stamp = Date.now();
  const long = `ក្មេងប្រុសអាយុប្រាំបីឆ្នាំរស់នៅជាមួយជីដូន ហើយមិនបានទៅសាលារៀនអស់រយៈពេលពីរខែមកហើយ។ ${'ជីដូនឈឺ ហើយគ្មានប្រាក់ទិញថ្នាំ។ '.repeat(6)}ចុងបញ្ចប់ ${stamp}`;
  const short = `គ្រួសារត្រូវការអង្ករ ${stamp}`;
  await registerNeed(page, long);
  await registerNeed(page, short);
  const longReport = page.getByTestId('my-report').filter({ hasText: `ចុងបញ្ចប់ ${stamp}` });
  const shortReport = page.getByTestId('my-report').filter({ hasText: short });
  await expect(shortReport).toContainText('បានទទួល');
  await expect(longReport).toContainText('បានទទួល');

  // A long report is cut to a few lines, and opens in full.
  const readAll = longReport.getByRole('button', { name: 'អានទាំងអស់' });
  await expect(readAll).toHaveAttribute('aria-expanded', 'false');
  const clampedHeight = await longReport.getByTestId('report-text').evaluate((e) => e.clientHeight);
  await readAll.click();
  await expect(longReport.getByRole('button', { name: 'បង្ហាញតិចវិញ' })).toHaveAttribute('aria-expanded', 'true');
  expect(await longReport.getByTestId('report-text').evaluate((e) => e.clientHeight)).toBeGreaterThan(clampedHeight);

  const staff = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const signIn = await staff.post('/api/staff/auth.signIn', { data: { username: 'caseworker', password: 'kruosar-demo' } });
  expect(signIn.ok()).toBe(true);

  // The team replies; the volunteer comes back to the app: the reply is there, with a badge.
  const first = 'បានផ្តល់អង្ករហើយ។';
  await resolveAsStaff(staff, await needIdOf(page, short), first);
  await expect(shortReport).not.toContainText(first);
  await backToFront(page);
  await expect(shortReport).toContainText(first);
  await expect(shortReport).toContainText('បានដោះស្រាយ');
  await expect(shortReport).toContainText('ចម្លើយថ្មី');
  await expect(page.getByTestId('new-replies')).toHaveText('ចម្លើយថ្មី ១');
  await expectNoAxeViolations(page);

  // Another reply; "Refresh" fetches it; marking as read clears the badge.
  const second = 'យើងនឹងទៅសួរសុខទុក្ខគ្រួសារនេះ។';
  await resolveAsStaff(staff, await needIdOf(page, long), second);
  await page.getByTestId('reports-kept').getByRole('button', { name: 'ធ្វើឱ្យទាន់សម័យ' }).click();
  await expect(longReport).toContainText(second);
  await expect(page.getByTestId('new-replies')).toHaveText('ចម្លើយថ្មី ២');
  await page.getByRole('button', { name: 'សម្គាល់ថាបានអានចម្លើយ' }).click();
  await expect(page.getByTestId('new-replies')).toHaveCount(0);
  await page.reload();
  await expect(longReport).toContainText(second);
  await expect(page.getByTestId('new-replies')).toHaveCount(0);
  await staff.dispose();
});

test('offline, My reports and the board show the copies kept on the phone with their date, and no error', async ({ page, context }) => {
  test.slow(); // two service-worker reloads and four axe runs, in two languages
  await signInToHive(page);
  await untilServiceWorkerControls(page);
  const description = `ក្មេងស្រីត្រូវការឯកសណ្ឋានសាលា ${Date.now()}`;
  await registerNeed(page, description);
  await expect(page.getByTestId('my-report').filter({ hasText: description })).toContainText('បានទទួល');
  await page.getByRole('link', { name: 'ផ្ទាំងព័ត៌មានសំបុកឃ្មុំ' }).click();
  await expect(page.getByTestId('commune-board')).toBeVisible();
  await page.getByRole('link', { name: 'ចុះបញ្ជីតម្រូវការ' }).click();

  await context.setOffline(true);
  await page.reload();
  const report = page.getByTestId('my-report').filter({ hasText: description });
  await expect(report).toContainText('បានទទួល');
  await expect(page.getByTestId('reports-kept')).toContainText('គ្មានបណ្តាញ៖ នេះជាច្បាប់ចម្លងដែលរក្សាទុកនៅលើទូរស័ព្ទនេះ កាលពី');
  await expect(page.getByTestId('reports-kept')).not.toContainText(/[0-9]/); // Khmer digits on a Khmer screen
  await expect(page.locator('.kr-callout-danger')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'ផ្ទាំងព័ត៌មានសំបុកឃ្មុំ' }).click();
  const board = page.getByTestId('commune-board');
  await expect(board.getByRole('heading', { level: 2 })).toHaveText('រតនៈ');
  await expect(board.getByTestId('independence-index')).toContainText('លើ ១០០');
  await expect(page.getByTestId('board-kept')).toContainText('គ្មានបណ្តាញ');
  await expect(page.locator('.kr-callout-danger')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // In English: the same copies, the village named in Latin letters.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('board-kept')).toContainText('No network: this is the copy kept on this phone, from');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Register a need' }).click();
  const village = await page.getByLabel('Village').locator('option').nth(1).textContent();
  expect(village).toMatch(/^[A-Za-z]/);
  await expect(report).toContainText(`${village!} ·`);
  await expect(page.getByTestId('reports-kept')).toContainText('No network');
  await expectNoAxeViolations(page);
});
