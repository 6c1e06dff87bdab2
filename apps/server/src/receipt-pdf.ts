// GET /api/supporters/receipt.pdf?giftId=…&lang=km|en: a donor's receipt as a PDF, printed by Chromium from the
// supporters portal's receipt page, like the case file (docs/printing.md: Khmer needs a shaping engine). Under
// /api/supporters so the browser sends the donor's session; the page is opened with that same session, so a donor
// only ever prints their own receipt.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createCallerFactory, portalRouters, type SignInLimiter } from '@kruosar/api';
import type { Db } from '@kruosar/db';
import { createContextFactory } from './context';
import type { PagePrinter } from './print-page';

export const receiptPdfRoute = '/api/supporters/receipt.pdf';

/** A receipt is one page: it prints in seconds, so less time is allowed than for a case file. */
const printTimeoutMs = 45_000;

const Query = z.object({
  giftId: z.string().trim().min(1).max(64),
  lang: z.enum(['en', 'km']).default('en'),
});

export type ReceiptPdfOptions = {
  db: Db;
  signInLimiter: SignInLimiter;
  secureCookies: boolean;
  chromiumPath: string;
  organisationName: string;
  /** apps/supporters/dist: the built page Chromium prints. */
  supportersDist: string;
  /** Shared with every other PDF: one Chromium at a time. */
  printer: PagePrinter;
};

const refuse = (reply: FastifyReply, status: number, error: string) => reply.code(status).type('application/json').send({ error });

export function registerReceiptPdf(app: FastifyInstance, options: ReceiptPdfOptions) {
  const contextOf = createContextFactory({ db: options.db, portal: 'supporters', signInLimiter: options.signInLimiter, secureCookies: options.secureCookies, organisationName: options.organisationName });
  const callerOf = createCallerFactory(portalRouters.supporters);

  app.get(receiptPdfRoute, async (req, reply) => {
    const query = Query.safeParse(req.query);
    if (!query.success) return refuse(reply, 400, 'Give giftId and lang (en or km)');
    const ctx = contextOf({ req, res: reply });
    if (!ctx.user || !ctx.session.token) return refuse(reply, 401, 'Sign in to the supporters portal first');
    let receiptNumber: string;
    try {
      // The same check as the receipt page: a donor, and their own gift (anyone else's reads as not found).
      receiptNumber = (await callerOf(ctx).giving.receipt({ giftId: query.data.giftId })).receiptNumber;
    } catch (error) {
      if (error instanceof TRPCError) return refuse(reply, getHTTPStatusCodeFromError(error), error.message);
      throw error;
    }
    if (!existsSync(options.chromiumPath)) {
      return refuse(reply, 503, `The PDF is printed by Chromium, which is not installed on this server (${options.chromiumPath}). Install Debian's chromium package or set CHROMIUM_PATH; the receipt page can still be printed from the browser.`);
    }
    if (!existsSync(path.join(options.supportersDist, 'index.html'))) return refuse(reply, 503, 'The supporters portal is not built. Run: pnpm build');
    const job = options.printer.print({
      chromiumPath: options.chromiumPath,
      portal: 'supporters',
      token: ctx.session.token,
      path: `/giving/receipts/${encodeURIComponent(query.data.giftId)}`,
      lang: query.data.lang,
      readyAttribute: 'data-receipt-ready',
      timeoutMs: printTimeoutMs,
    });
    if (job === 'busy') return refuse(reply, 503, 'Other documents are being printed; try again in a minute.');
    try {
      const pdf = await job;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="receipt-${receiptNumber.replace(/[^\w.-]/g, '_')}-${query.data.lang}.pdf"`).send(pdf);
    } catch (error) {
      req.log.error({ err: error }, 'receipt PDF failed');
      return refuse(reply, 500, 'The receipt could not be printed to PDF; print it from the receipt page instead.');
    }
  });
}
