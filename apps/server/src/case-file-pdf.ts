// GET /api/staff/case-file.pdf?caseId=…&lang=km|en: the MoSVY case file as a PDF, printed by Debian's Chromium from
// the staff portal's own case file page (docs/printing.md says why Chromium and not a PDF library: Khmer shaping).
// Under /api/staff so the browser sends the staff session cookie; the page is opened with that same session, so the
// record scope and the read audit are the ones of the person who asked.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { createCallerFactory, portalRouters, type SignInLimiter } from '@kruosar/api';
import type { Db } from '@kruosar/db';
import { cookieName, createContextFactory } from './context';

export const caseFilePdfRoute = '/api/staff/case-file.pdf';

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

/** The whole print (start Chromium, load the page, print) must finish within this, or the request fails. */
const printTimeoutMs = 60_000;
/** Prints in the queue (the running one included) beyond this are refused at once rather than held for minutes. */
const maxWaiting = 3;

const Query = z.object({
  caseId: z.string().trim().min(1).max(64),
  lang: z.enum(['en', 'km']).default('en'),
});

export type CaseFilePdfOptions = {
  db: Db;
  signInLimiter: SignInLimiter;
  secureCookies: boolean;
  chromiumPath: string;
  organisationName: string;
  /** apps/staff/dist: the built page Chromium prints. */
  staffDist: string;
};

const refuse = (reply: FastifyReply, status: number, error: string) => reply.code(status).type('application/json').send({ error });

export function registerCaseFilePdf(app: FastifyInstance, options: CaseFilePdfOptions) {
  const contextOf = createContextFactory({ db: options.db, portal: 'staff', signInLimiter: options.signInLimiter, secureCookies: options.secureCookies, organisationName: options.organisationName });
  const callerOf = createCallerFactory(portalRouters.staff);
  // Two cores serve everyone: one Chromium at a time, the next request waits its turn.
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  app.get(caseFilePdfRoute, async (req, reply) => {
    const query = Query.safeParse(req.query);
    if (!query.success) return refuse(reply, 400, 'Give caseId and lang (en or km)');
    const ctx = contextOf({ req, res: reply });
    if (!ctx.user || !ctx.session.token) return refuse(reply, 401, 'Sign in to the staff portal first');
    let reference: string;
    try {
      // The same checks as the case page: role, record scope, a password to change; and the read is audited.
      reference = (await callerOf(ctx).cases.byId({ caseId: query.data.caseId })).case.reference;
    } catch (error) {
      if (error instanceof TRPCError) return refuse(reply, getHTTPStatusCodeFromError(error), error.message);
      throw error;
    }
    if (!existsSync(options.chromiumPath)) {
      return refuse(reply, 503, `The PDF is printed by Chromium, which is not installed on this server (${options.chromiumPath}). Install Debian's chromium package or set CHROMIUM_PATH; the case file page can still be printed from the browser.`);
    }
    if (!existsSync(path.join(options.staffDist, 'index.html'))) return refuse(reply, 503, 'The staff portal is not built. Run: pnpm build');

    if (waiting >= maxWaiting) return refuse(reply, 503, 'Other case files are being printed; try again in a minute.');
    waiting++;
    const job = queue.then(() =>
      printCaseFile({
        chromiumPath: options.chromiumPath,
        origin: ownOrigin(app),
        token: ctx.session.token!,
        caseId: query.data.caseId,
        lang: query.data.lang,
      }),
    );
    queue = job.catch(() => undefined).finally(() => waiting--);
    try {
      const pdf = await job;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="case-file-${reference.replace(/[^\w.-]/g, '_')}-${query.data.lang}.pdf"`)
        .send(pdf);
    } catch (error) {
      req.log.error({ err: error }, 'case file PDF failed');
      return refuse(reply, 500, 'The case file could not be printed to PDF; print it from the case file page instead.');
    }
  });
}

/** This server as Chromium on the same machine reaches it: its own port on loopback when it listens everywhere. */
function ownOrigin(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo;
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

async function printCaseFile(opts: { chromiumPath: string; origin: string; token: string; caseId: string; lang: 'en' | 'km' }): Promise<Buffer> {
  // Loaded when first needed: a server that never prints a PDF never loads the browser driver.
  const { chromium } = await import('playwright-core');
  const deadline = Date.now() + printTimeoutMs;
  const left = () => Math.max(1_000, deadline - Date.now());
  const browser = await chromium.launch({ executablePath: opts.chromiumPath, args: printChromiumArgs, timeout: left() });
  // Past the deadline the browser goes, and whatever step it was in fails: a stuck print never holds the queue.
  const guard = setTimeout(() => void browser.close(), left());
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: opts.lang === 'km' ? 'km-KH' : 'en-GB' });
    const { hostname } = new URL(opts.origin);
    await context.addCookies([
      { name: cookieName('staff'), value: opts.token, domain: hostname.replace(/^\[|\]$/g, ''), path: '/api/staff', httpOnly: true, sameSite: 'Strict', secure: false },
    ]);
    // The portal remembers the screen's language per device; this device is Chromium, for this one print.
    // (Scripts as text: they run in the page, which this file's types, for Node, do not describe.)
    await context.addInitScript({ content: `localStorage.setItem('kruosar.staff.locale', ${JSON.stringify(opts.lang)});` });
    const page = await context.newPage();
    await page.goto(`${opts.origin}/staff/cases/${encodeURIComponent(opts.caseId)}/file`, { waitUntil: 'load', timeout: left() });
    await page.waitForSelector(`html[lang="${opts.lang}"] [data-case-file-ready]`, { timeout: left() });
    // The Khmer font is a web font: print only once it is in, or Chromium falls back to boxes or another font.
    await page.evaluate('document.fonts.ready.then(() => true)');
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="width:100%;font-size:8px;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    clearTimeout(guard);
    await browser.close();
  }
}
