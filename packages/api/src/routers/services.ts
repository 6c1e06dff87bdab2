// Services delivered to a child or family: list, record, correct, archive and restore.
import { z } from 'zod';
import { Service, ServiceInput } from '@kruosar/domain';
import { createService, listServices, setServiceArchived, updateService } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { CASE_STAFF, CaseRef, VersionedRef, workOf } from './case-work';

export const servicesRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(Service))
    .query(({ ctx, input }) => listServices(ctx.db, workOf(ctx), input.caseId)),
  create: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(ServiceInput))
    .output(Service)
    .mutation(({ ctx, input: { caseId, ...input } }) => createService(ctx.db, workOf(ctx), { caseId, input })),
  update: procedureFor(...CASE_STAFF)
    .input(VersionedRef.and(ServiceInput))
    .output(Service)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => updateService(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  archive: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(Service)
    .mutation(({ ctx, input }) => setServiceArchived(ctx.db, workOf(ctx), { ...input, archived: true })),
  restore: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(Service)
    .mutation(({ ctx, input }) => setServiceArchived(ctx.db, workOf(ctx), { ...input, archived: false })),
});
