// Shared Playwright settings: Debian's Chromium (never a downloaded browser), and a real server
// started on a fresh SQLite file with the synthetic demo data for each portal's browser tests.
import AxeBuilder from '@axe-core/playwright';
import { defineConfig, devices, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {string} */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian `chromium` or set CHROMIUM_PATH.');
  return found;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A port free on this machine now. The config is read again in every Playwright worker, so the choice is
 * made once and handed down through the environment (workers inherit it); a fixed port would collide with
 * another checkout's suite running at the same time.
 * @param {string} portal
 * @returns {number}
 */
function e2ePort(portal) {
  const key = `KRUOSAR_E2E_PORT_${portal.toUpperCase()}`;
  if (!process.env[key]) {
    const probe = spawnSync(
      process.execPath,
      ['-e', "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
      { encoding: 'utf8' },
    );
    const port = Number(probe.stdout.trim());
    if (!Number.isInteger(port) || port <= 0) throw new Error(`Could not find a free port for the ${portal} browser tests: ${probe.stderr}`);
    process.env[key] = String(port);
  }
  return Number(process.env[key]);
}

/** Playwright config for one portal: its own free port and database, so portals' suites never share state. */
/** @param {{ portal: string }} opts */
export function portalE2eConfig(opts) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kruosar-e2e-'));
  const port = e2ePort(opts.portal);
  const baseURL = `http://127.0.0.1:${port}`;
  return defineConfig({
    testDir: './e2e',
    // A minute is plenty on a quiet machine; a test sharing two cores with builds needs twice that.
    timeout: 120_000,
    expect: { timeout: 10_000 },
    fullyParallel: false,
    workers: 1,
    retries: 0,
    reporter: [['list']],
    use: {
      baseURL,
      trace: 'off',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    },
    projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } } }],
    webServer: {
      command: `node --import tsx src/cli.ts demo --port ${port} --db ${path.join(dataDir, 'e2e.db')} --children 120`,
      cwd: path.join(repoRoot, 'apps/server'),
      url: `${baseURL}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  });
}

/**
 * Fails with every axe rule the page breaks and where (an empty list passes), for the axe check each screen
 * gets in English and in Khmer.
 * @param {import('@playwright/test').Page} page
 */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Signs a demo staff member in on this page and switches the screen to English (some demo staff read Khmer).
 * @param {import('@playwright/test').Page} page
 * @param {string} username
 * @param {string} [password]
 */
export async function signInToStaff(page, username, password = 'kruosar-demo') {
  await page.goto('/staff/');
  await page.getByLabel(/^(Username|ឈ្មោះអ្នកប្រើ)$/).fill(username);
  await page.getByLabel(/^(Password|ពាក្យសម្ងាត់)$/).fill(password);
  await page.getByLabel(/^(Password|ពាក្យសម្ងាត់)$/).press('Enter');
  await expect(page.getByTestId('account-name')).toBeVisible();
  const english = page.getByRole('button', { name: 'English' });
  if ((await english.getAttribute('aria-pressed')) !== 'true') await english.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/**
 * A staff member in a browser context of their own (own cookies), so two people can work side by side.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} username
 * @param {string} [password]
 */
export async function staffPage(browser, username, password) {
  const page = await (await browser.newContext()).newPage();
  await signInToStaff(page, username, password);
  return page;
}

/**
 * Axe on the current screen in English, then in Khmer, then back to English. Screens load as chunks of their
 * own, so it waits for the screen's heading rather than checking the loading state before it.
 * @param {import('@playwright/test').Page} page
 */
export async function expectAccessibleInBothLanguages(page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/**
 * On the Users screen, an administrator creates an account working in the first commune listed; returns the
 * temporary password, shown once.
 * @param {import('@playwright/test').Page} admin
 * @param {{ username: string; name: string; role: string }} account
 */
export async function createStaffAccount(admin, account) {
  await admin.getByRole('link', { name: 'Users', exact: true }).click();
  await admin.getByRole('button', { name: 'Create an account' }).click();
  const form = admin.getByTestId('account-form');
  await form.getByLabel('Username').fill(account.username);
  await form.getByLabel('Name', { exact: true }).fill(account.name);
  await form.getByLabel('Role', { exact: true }).selectOption(account.role);
  await form.getByRole('checkbox').first().click();
  await admin.getByRole('button', { name: 'Create the account' }).click();
  await expect(admin.getByTestId('temporary-password')).toContainText(`Temporary password for ${account.username}`);
  return (await admin.getByTestId('temporary-password-value').innerText()).trim();
}

/**
 * At first sign-in with a temporary password, the only screen: the person chooses their own password.
 * @param {import('@playwright/test').Page} page
 * @param {string} temporary
 * @param {string} newPassword
 */
export async function chooseNewPassword(page, temporary, newPassword) {
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('Temporary or current password').fill(temporary);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Save the new password' }).click();
}

export { chromiumArgs };
