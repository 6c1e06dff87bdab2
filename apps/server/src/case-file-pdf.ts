// GET /api/staff/case-file.pdf?caseId=…&lang=km|en: the MoSVY case file as a PDF, printed by Debian's Chromium from
// the staff portal's own case file page (docs/printing.md says why Chromium and not a PDF library: Khmer shaping).
// Under /api/staff so the browser sends the staff session cookie; the page is opened with that same session, so the
// record scope and the read audit are the ones of the person who asked.
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

export const caseFilePdfRoute = '/api/staff/case-file.pdf';

/** The whole print (start Chromium, load the page, print) must finish within this, or the request fails. */
const printTimeoutMs = 60_000;

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
  /** Shared with every other PDF: one Chromium at a time. */
  printer: PagePrinter;
};

const refuse = (reply: FastifyReply, status: number, error: string) => reply.code(status).type('application/json').send({ error });

export function registerCaseFilePdf(app: FastifyInstance, options: CaseFilePdfOptions) {
  const contextOf = createContextFactory({ db: options.db, portal: 'staff', signInLimiter: options.signInLimiter, secureCookies: options.secureCookies, organisationName: options.organisationName });
  const callerOf = createCallerFactory(portalRouters.staff);

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

    const job = options.printer.print({
      chromiumPath: options.chromiumPath,
      portal: 'staff',
      token: ctx.session.token,
      path: `/cases/${encodeURIComponent(query.data.caseId)}/file`,
      lang: query.data.lang,
      readyAttribute: 'data-case-file-ready',
      timeoutMs: printTimeoutMs,
      pdf: {
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="width:100%;font-size:8px;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      },
    });
    if (job === 'busy') return refuse(reply, 503, 'Other documents are being printed; try again in a minute.');
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
