// The audit log for administrators: browse with filters, export the filtered entries, check the chain.
import { z } from 'zod';
import Papa from 'papaparse';
import { AUDIT_EXPORT_MAX_ROWS, AuditChainStatus, AuditExport, AuditFilters, AuditListInput, AuditPage } from '@kruosar/domain';
import { auditChainStatus, exportAuditEntries, listAuditEntries } from '@kruosar/db';
import { procedureFor, router } from '../trpc';

const columns = ['seq', 'at', 'actorUsername', 'actorName', 'portal', 'action', 'entity', 'entityId', 'caseId', 'detail'] as const;

export const auditRouter = router({
  list: procedureFor('admin')
    .input(AuditListInput)
    .output(AuditPage)
    .query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
  verify: procedureFor('admin')
    .input(z.void())
    .output(AuditChainStatus)
    .query(({ ctx }) => auditChainStatus(ctx.db)),
  exportCsv: procedureFor('admin')
    .input(AuditFilters)
    .output(AuditExport)
    .mutation(({ ctx, input }) => {
      const now = ctx.clock.now();
      const { rows, truncated } = exportAuditEntries(ctx.db, { actor: ctx.user, portal: ctx.portal, filters: input, max: AUDIT_EXPORT_MAX_ROWS, now });
      // Byte-order mark for spreadsheet programs (Khmer names); formula-like cells escaped.
      const csv = Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { escapeFormulae: true, newline: '\r\n' });
      return { filename: `kruosar-audit-${now.toISOString().slice(0, 10)}.csv`, csv: `\uFEFF${csv}`, rows: rows.length, truncated };
    }),
});
