// The supporters portal's first render on slow 3G: under 5 s by Playwright's clock. Builds the portal, starts the
// real server (buildServer, demo data) and opens /supporters/ in Chromium with a fresh profile each run (no cache)
// and Chromium's network emulation: 400 ms latency, 400 kbit/s each way. The time runs from asking for the page
// until Playwright sees the impact page's heading (the public first screen); the page's own first contentful
// paint is recorded beside it. The bytes of the main script on the wire are logged: they depend on how the
// server sends the build (compressed or not), which this bench only reports.
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '@kruosar/playwright-config';
import { buildServer } from '../src/app';
import { ServerConfig, repoRoot } from '../src/config';
import { defineBench } from './registry';

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 } as const;
const TARGET_MS = 5000;
const MAX_RUNS = 5;
const DEMO_CHILDREN = 120;

// Browser-side code as text: this package compiles for Node, without the DOM's types.
const watchFirstPaint = `
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
`;

type Figures = { fcp: number; script: { transferSize: number; decodedBodySize: number } | null };

function pageFigures(): Figures {
  const page = globalThis as unknown as { __firstPaint: number };
  const script = globalThis.performance.getEntriesByType('resource').find((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name)) as unknown as
    | { transferSize: number; decodedBodySize: number }
    | undefined;
  return { fcp: page.__firstPaint, script: script ? { transferSize: script.transferSize, decodedBodySize: script.decodedBodySize } : null };
}

async function freshVisitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(watchFirstPaint);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  return page;
}

export default defineBench({
  name: 'supporters-slow3g',
  description: 'supporters first render (impact page heading) over emulated slow 3G (400 kbit/s, 400 ms latency), fresh Chromium profile each run, real server',
  async run({ runs, demoDatabase, measure, record, log }) {
    log('  building the supporters portal (vite build)...');
    execFileSync('pnpm', ['run', 'build'], { cwd: path.join(repoRoot, 'apps/supporters'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const { db, file } = await demoDatabase(DEMO_CHILDREN);
    const app = await buildServer(ServerConfig.parse({ dbPath: file, logLevel: 'error' }), db);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/supporters/`;
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      const count = Math.min(runs, MAX_RUNS);
      // Each run's profile is made before the clock starts: the figure is the page load alone.
      const visitors = await Promise.all(Array.from({ length: count }, () => freshVisitor(browser)));
      await measure(
        'first render: impact heading on screen (Playwright clock), slow 3G, fresh profile',
        async (i) => {
          const page = visitors[i]!;
          await page.goto(url, { waitUntil: 'commit' });
          await page.locator('#mission-heading').waitFor({ state: 'visible', timeout: 60_000 });
        },
        { runs: count, warmup: 0, targetMs: TARGET_MS },
      );
      const figures = await Promise.all(
        visitors.map(async (page) => {
          await page.waitForFunction('window.__firstPaint !== undefined', undefined, { timeout: 30_000 });
          return page.evaluate(pageFigures);
        }),
      );
      record('first contentful paint (page clock), slow 3G, fresh profile', figures.map((f) => f.fcp), TARGET_MS);
      const script = figures[0]?.script;
      if (script) log(`  main script on the wire: ${script.transferSize.toLocaleString('en')} bytes for ${script.decodedBodySize.toLocaleString('en')}`);
      await Promise.all(visitors.map((page) => page.context().close()));
    } finally {
      await browser.close();
      await app.close();
    }
  },
});
