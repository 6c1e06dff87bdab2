// The hive on a phone without network: two needs saved offline wait on the phone, the app opens again with no
// network (service worker), and when the network returns each is sent once; staff triage one in the staff portal
// and the volunteer sees the new status and message. A need the server refuses is kept to fix or delete.
// Needs the staff portal built too (apps/hive/turbo.json makes e2e depend on it).
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, hiveApi, readOutbox, registerNeed, signInToHive } from './hive-helpers';

const myNeeds = async (page: Page) => ((await hiveApi(page, 'needs.mine')).result?.data ?? []) as { description: string; status: string }[];

test.beforeAll(async ({ request }) => {
  const staff = await request.get('/staff/');
  expect(staff.status(), 'The staff portal is not built: run `pnpm --filter @kruosar/staff build` (turbo run e2e does it).').toBe(200);
});

test('offline: needs wait on the phone, the app opens without network, each is sent once, staff triage one, the volunteer sees it', async ({ page, context, browser }, testInfo) => {
  test.slow(); // two portals, two service-worker reloads and three axe runs: over a minute on a shared machine
  await signInToHive(page);
  // The service worker has kept the app shell and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const before = (await myNeeds(page)).length;

  // No network: the two needs are kept on the phone as "waiting".
  await context.setOffline(true);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  const stamp = Date.now();
  const descriptions = [`ក្មេងពីរនាក់គ្មានអាហារ ${stamp}`, `គ្រួសារត្រូវការអង្ករ ${stamp}`];
  for (const description of descriptions) {
    await registerNeed(page, description);
    await expect(page.getByRole('status').getByText('បានរក្សាទុកនៅលើទូរស័ព្ទនេះ', { exact: false })).toBeVisible();
  }
  const waiting = page.locator('[data-testid="my-report"][data-delivery="waiting"]');
  await expect(waiting).toHaveCount(2);
  for (const description of descriptions) await expect(waiting.filter({ hasText: description })).toContainText('រង់ចាំ');
  await expect(page.getByTestId('waiting-bar')).toContainText('២');
  await expectNoAxeViolations(page);

  // Closed and opened again without network: the service worker serves the app, the phone still has both.
  const reopened = await page.reload();
  expect(reopened?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('account-name')).toHaveText('Mao Sokha (demo)');
  await expect(page.getByRole('heading', { level: 1, name: 'ចុះបញ្ជីតម្រូវការ' })).toBeVisible();
  await expect(waiting).toHaveCount(2);
  await expect(page.getByLabel('ភូមិ').locator('option')).not.toHaveCount(1); // villages kept on the phone
  const queued = await readOutbox(page);
  expect(queued.filter((q) => descriptions.includes(q.input.description as string)).map((q) => q.delivery)).toEqual(['waiting', 'waiting']);

  // The network returns: both go by themselves, once each, and show the team's status.
  await context.setOffline(false);
  for (const description of descriptions) {
    await expect(page.getByTestId('my-report').filter({ hasText: description })).toContainText('បានទទួល');
  }
  await expect(waiting).toHaveCount(0);
  const after = await myNeeds(page);
  expect(after.length).toBe(before + 2);
  for (const description of descriptions) expect(after.filter((n) => n.description === description)).toHaveLength(1);

  // Sending the same need again stores nothing twice; the same id with other content is refused.
  const first = queued.find((q) => q.input.description === descriptions[0])!;
  expect((await hiveApi(page, 'needs.submit', first.input)).result?.data).toMatchObject({ id: first.id, alreadyReceived: true });
  const replay = await hiveApi(page, 'needs.submit', { ...first.input, description: 'something else' });
  expect(replay.error?.data).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.needReplayDifferent' });
  expect((await myNeeds(page)).length).toBe(before + 2);

  // A caseworker of the commune triages one in the staff portal (same server).
  const staffContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const staff = await staffContext.newPage();
  await staff.goto('/staff/');
  await staff.getByLabel('Username').fill('caseworker');
  await staff.getByLabel('Password').fill('kruosar-demo');
  await staff.getByLabel('Password').press('Enter');
  await expect(staff.getByTestId('account-name')).toHaveText('Sok Dalin (demo)');
  await staff.getByRole('button', { name: 'English' }).click();
  await staff.getByRole('link', { name: 'Hive needs' }).click();
  for (const description of descriptions) await expect(staff.getByTestId('need-row').filter({ hasText: description })).toHaveCount(1);
  await staff.getByTestId('need-row').filter({ hasText: descriptions[0] }).getByRole('link').click();
  await expect(staff.getByTestId('need-description')).toHaveText(descriptions[0]!);
  await staff.getByRole('radio', { name: 'Resolved' }).click();
  const message = 'អរគុណ។ គ្រួសារនេះបានទទួលអាហារហើយ។';
  await staff.getByLabel('Message to the volunteer').fill(message);
  await expect(staff.getByText(`${[...message].length} of 280 characters`)).toBeVisible();
  await staff.getByRole('button', { name: 'Save the decision' }).click();
  await expect(staff.getByTestId('need-decided')).toContainText('Resolved');
  await expectNoAxeViolations(staff);
  await staffContext.close();

  // Back on the phone: the new status and the team's message.
  await page.reload();
  const resolved = page.getByTestId('my-report').filter({ hasText: descriptions[0] });
  await expect(resolved).toContainText('បានដោះស្រាយ');
  await expect(resolved).toContainText(message);
  await expect(page.getByTestId('my-report').filter({ hasText: descriptions[1] })).toContainText('បានទទួល');

  // The hive board of the commune, in Khmer.
  await page.getByRole('link', { name: 'ផ្ទាំងព័ត៌មានសំបុកឃ្មុំ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ផ្ទាំងព័ត៌មានសំបុកឃ្មុំ' })).toBeVisible();
  const board = page.getByTestId('commune-board');
  await expect(board.getByRole('heading', { level: 2 })).toHaveText('រតនៈ');
  await expect(board.getByTestId('open-needs')).toContainText('ស្បៀងអាហារ');
  await expect(board.getByTestId('independence-index')).toContainText('លើ ១០០');
  await expect(board.getByTestId('milestones')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a need the server refuses is kept and shown with its reason, to fix or delete; never retried for ever', async ({ page }) => {
  await signInToHive(page);
  // Two needs waiting on the phone for a village outside the volunteer's commune (as if the commune had changed).
  await page.evaluate(async () => {
    const user = JSON.parse(localStorage.getItem('kruosar.hive.user')!) as { id: string };
    const need = (description: string) => {
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      const input = { id, villageCode: '02080402', category: 'school', urgency: 'soon', description, contactName: '', contactPhone: '', consentToContact: false, reportedAt: now };
      return { id, ownerId: user.id, input, villageName: 'ពោធិ៍បាត់ដំបង', delivery: 'waiting', savedAt: now, attempts: 0, lastTriedAt: null, failure: null };
    };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kruosar-hive', 1);
      // The same store the app makes (features/outbox/outbox-store.ts), whichever of the two opens it first.
      open.onupgradeneeded = () => open.result.createObjectStore('outbox', { keyPath: 'id' });
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite');
        tx.objectStore('outbox').put(need('ក្មេងឈប់រៀន (ត្រូវកែ)'));
        tx.objectStore('outbox').put(need('ក្មេងឈប់រៀន (ត្រូវលុប)'));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  });

  // Opening the app sends what waits: the server refuses both, and they stay on the phone with the reason.
  await page.reload();
  const refused = page.locator('[data-testid="my-report"][data-delivery="refused"]');
  await expect(refused).toHaveCount(2);
  await expect(refused.first()).toContainText('មិនត្រូវបានទទួល');
  await expect(refused.first()).toContainText('ភូមិនេះមិនស្ថិតនៅក្នុងឃុំរបស់អ្នកទេ។');
  await expectNoAxeViolations(page);

  // Opening the app again does not send a refused need again.
  const attempts = async () => (await readOutbox(page)).filter((q) => q.delivery === 'refused').map((q) => (q as unknown as { attempts: number }).attempts);
  expect(await attempts()).toEqual([1, 1]);
  await page.reload();
  await expect(refused).toHaveCount(2);
  expect(await attempts()).toEqual([1, 1]);

  // Delete one (after a confirmation), fix the other: the form opens with it and says which field is wrong.
  page.once('dialog', (dialog) => void dialog.accept());
  await refused.filter({ hasText: 'ត្រូវលុប' }).getByRole('button', { name: 'លុប' }).click();
  await expect(refused).toHaveCount(1);
  await refused.getByRole('button', { name: 'កែ' }).click();
  await expect(page.getByLabel('តើមានរឿងអ្វីកើតឡើង?')).toHaveValue('ក្មេងឈប់រៀន (ត្រូវកែ)');
  await expect(page.getByText('ភូមិនេះមិនស្ថិតនៅក្នុងឃុំរបស់អ្នកទេ។').first()).toBeVisible();
  await page.getByLabel('ភូមិ').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'ផ្ញើ', exact: true }).click();
  await expect(page.getByRole('status').getByText('បានផ្ញើហើយ។', { exact: false })).toBeVisible();
  await expect(refused).toHaveCount(0);
  await expect(page.getByTestId('my-report').filter({ hasText: 'ក្មេងឈប់រៀន (ត្រូវកែ)' })).toContainText('បានទទួល');
  expect((await myNeeds(page)).filter((n) => n.description.startsWith('ក្មេងឈប់រៀន'))).toHaveLength(1);
});
