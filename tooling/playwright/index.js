// Shared Playwright settings: Debian's Chromium (never a downloaded browser), and a real server
// started on a fresh SQLite file with the synthetic demo data for each portal's browser tests.
import { defineConfig, devices } from '@playwright/test';
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

/** Playwright config for one portal: its own server port and database, so portals' suites never share state. */
/** @param {{ port: number }} opts */
export function portalE2eConfig(opts) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kruosar-e2e-'));
  const baseURL = `http://127.0.0.1:${opts.port}`;
  return defineConfig({
    testDir: './e2e',
    timeout: 60_000,
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
      command: `node --import tsx src/cli.ts demo --port ${opts.port} --db ${path.join(dataDir, 'e2e.db')} --children 120`,
      cwd: path.join(repoRoot, 'apps/server'),
      url: `${baseURL}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  });
}

export { chromiumArgs };
