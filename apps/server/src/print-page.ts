// Printing a portal's own page to PDF with Debian's Chromium (docs/printing.md says why Chromium and not a PDF
// library: Khmer shaping). The case file and the donor's receipt both print through here, one at a time.
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { cookieName } from './context';

/** Flags for a server: no sandbox (root in a container), no GPU, nothing fetched from outside. */
export const printChromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run',
  '--disable-quic',
];

export type PrintRequest = {
  chromiumPath: string;
  portal: 'staff' | 'supporters';
  /** The asker's own session: the page sees what they may see, and its reads are audited as theirs. */
  token: string;
  /** Under the portal's base, e.g. `/cases/<id>/file`. */
  path: string;
  lang: 'en' | 'km';
  /** An attribute the page sets once its data is in, e.g. `data-case-file-ready`. */
  readyAttribute: string;
  /** The whole print (start Chromium, load the page, print) must finish within this, or it fails. */
  timeoutMs: number;
  pdf?: Parameters<Page['pdf']>[0];
};

/** What prints the PDFs: one Chromium at a time for the whole server, since two cores serve everyone. */
export type PagePrinter = {
  /** The PDF, or `'busy'` when `maxWaiting` prints (the running one included) are already queued. */
  print(request: PrintRequest): Promise<Buffer> | 'busy';
};

export function createPagePrinter(app: FastifyInstance, maxWaiting = 3): PagePrinter {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  return {
    print(request) {
      if (waiting >= maxWaiting) return 'busy';
      waiting++;
      const job = queue.then(() => printPage(ownOrigin(app), request));
      queue = job.catch(() => undefined).finally(() => waiting--);
      return job;
    },
  };
}

/** This server as Chromium on the same machine reaches it: its own port on loopback when it listens everywhere. */
function ownOrigin(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo;
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

async function printPage(origin: string, request: PrintRequest): Promise<Buffer> {
  // Loaded when first needed: a server that never prints a PDF never loads the browser driver.
  const { chromium } = await import('playwright-core');
  const deadline = Date.now() + request.timeoutMs;
  const left = () => Math.max(1_000, deadline - Date.now());
  const browser = await chromium.launch({ executablePath: request.chromiumPath, args: printChromiumArgs, timeout: left() });
  // Past the deadline the browser goes, and whatever step it was in fails: a stuck print never holds the queue.
  const guard = setTimeout(() => void browser.close(), left());
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: request.lang === 'km' ? 'km-KH' : 'en-GB' });
    const { hostname } = new URL(origin);
    await context.addCookies([
      { name: cookieName(request.portal), value: request.token, domain: hostname.replace(/^\[|\]$/g, ''), path: `/api/${request.portal}`, httpOnly: true, sameSite: 'Strict', secure: false },
    ]);
    // The portal remembers the screen's language per device; this device is Chromium, for this one print.
    // (Scripts as text: they run in the page, which this file's types, for Node, do not describe.)
    await context.addInitScript({ content: `localStorage.setItem(${JSON.stringify(`kruosar.${request.portal}.locale`)}, ${JSON.stringify(request.lang)});` });
    const page = await context.newPage();
    await page.goto(`${origin}/${request.portal}${request.path}`, { waitUntil: 'load', timeout: left() });
    await page.waitForSelector(`html[lang="${request.lang}"] [${request.readyAttribute}]`, { timeout: left() });
    // The Khmer font is a web font: print only once it is in, or Chromium falls back to boxes or another font.
    await page.evaluate('document.fonts.ready.then(() => true)');
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...request.pdf });
  } finally {
    clearTimeout(guard);
    await browser.close();
  }
}
