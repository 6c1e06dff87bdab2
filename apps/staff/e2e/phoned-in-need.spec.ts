// A caseworker writes down a need a volunteer phoned in: a bad phone number is refused beside its field; saved,
// it opens on its triage page marked as phoned in, and the volunteer sees it in their reports, marked too.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, signInToStaff } from '@kruosar/playwright-config';

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('caseworker registers a phoned-in need in the volunteer’s name, marked as such', async ({ page, browser }, testInfo) => {
  await signInToStaff(page, 'caseworker');
  await page.getByRole('link', { name: 'Hive needs' }).click();
  await page.getByRole('link', { name: 'Register a need a volunteer phoned in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Need phoned in by a volunteer' })).toBeVisible();

  await choose(page, page.getByRole('combobox', { name: 'Commune' }), 'Rottanak');
  await choose(page, page.getByRole('combobox', { name: 'Volunteer who phoned' }), 'Mao Sokha (demo)');
  await choose(page, page.getByRole('combobox', { name: 'Village' }), 'Rumchek 1');
  await choose(page, page.getByRole('combobox', { name: 'Need' }), 'Food');
  await choose(page, page.getByRole('combobox', { name: 'Urgency' }), 'Soon');
  const description = `Grandmother and two children have no rice, phoned in ${Date.now()} (e2e)`;
  await page.getByLabel('Description').fill(description);
  await page.getByLabel(/^Family contact phone/).fill('call me later');
  await page.getByRole('checkbox').click();
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Register the need' }).click();
  await expect(page.locator('#phoned-in-contact-phone-error')).toBeVisible();

  await page.getByLabel(/^Family contact phone/).fill('012 345 678');
  await page.getByRole('button', { name: 'Register the need' }).click();
  await expect(page).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('phoned-in')).toHaveText(' · phoned in, written down by Sok Dalin (demo)');
  await expect(page.getByText(description)).toBeVisible();

  // The volunteer sees it among their reports, marked as phoned in.
  const volunteer = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  await volunteer.request.post('/api/hive/auth.signIn', { data: { username: 'hive', password: 'kruosar-demo' } });
  const mine = (await (await volunteer.request.get('/api/hive/needs.mine')).json()) as { result: { data: { description: string; phonedIn: boolean }[] } };
  expect(mine.result.data.find((n) => n.description === description)).toMatchObject({ phonedIn: true });
  await volunteer.close();
});
