// Steps the hive's browser tests share: signing in, registering a need, reading the phone's outbox (axe from the shared config).
import { expect, type Page } from '@playwright/test';
export { expectNoAxeViolations } from '@kruosar/playwright-config';

export type Queued = { id: string; ownerId: string; delivery: string; input: Record<string, unknown> };

/** The phone's outbox, read straight from IndexedDB. */
export const readOutbox = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Queued[]>((resolve, reject) => {
        const open = indexedDB.open('kruosar-hive');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => resolve(request.result as Queued[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );

/** A call to the hive's API with the page's session cookie, answering tRPC's JSON. */
export const hiveApi = (page: Page, path: string, input?: unknown) =>
  page.evaluate(
    async ([procedure, body]) => {
      const response = await fetch(`/api/hive/${procedure}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { result?: { data: unknown }; error?: { data: { code: string; messageKey?: string } } };
    },
    [path, input] as const,
  );

export async function signInToHive(page: Page, username = 'hive', name = 'Mao Sokha (demo)') {
  await page.goto('/hive/');
  await page.getByLabel('ឈ្មោះអ្នកប្រើ').fill(username);
  await page.getByLabel('ពាក្យសម្ងាត់').fill('kruosar-demo');
  await page.getByLabel('ពាក្យសម្ងាត់').press('Enter');
  await expect(page.getByTestId('account-name')).toHaveText(name);
  await expect(page.getByRole('heading', { level: 1, name: 'ចុះបញ្ជីតម្រូវការ' })).toBeVisible();
  await expect(page.getByLabel('ភូមិ').locator('option')).not.toHaveCount(1);
}

/** Waits until the service worker controls the page: from then on the app opens without a network. */
export async function untilServiceWorkerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

export async function registerNeed(page: Page, description: string) {
  await page.getByLabel('ភូមិ').selectOption({ index: 1 });
  await page.getByLabel('ប្រភេទតម្រូវការ').selectOption('food');
  await page.getByRole('radio', { name: 'ឆាប់ៗ' }).check();
  await page.getByLabel('តើមានរឿងអ្វីកើតឡើង?').fill(description);
  await page.getByRole('button', { name: 'ផ្ញើ', exact: true }).click();
  await expect(page.getByLabel('តើមានរឿងអ្វីកើតឡើង?')).toHaveValue('');
}
