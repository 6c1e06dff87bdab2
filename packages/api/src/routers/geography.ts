// Geography the signed-in person works in: communes for staff filters, villages for hive volunteers.
import { z } from 'zod';
import { GeoUnit } from '@kruosar/domain';
import { listCaseCommunes, listUnitsByCodes, listVillagesOfCommunes } from '@kruosar/db';
import { procedureFor, router } from '../trpc';

export const staffGeographyRouter = router({
  communes: procedureFor('admin', 'supervisor', 'caseworker', 'analyst')
    .input(z.void())
    .output(z.array(GeoUnit))
    .query(({ ctx }) => (ctx.user.communeCodes.length ? listUnitsByCodes(ctx.db, ctx.user.communeCodes) : listCaseCommunes(ctx.db))),
});

export const hiveGeographyRouter = router({
  villages: procedureFor('hive_volunteer')
    .input(z.void())
    .output(z.array(GeoUnit))
    .query(({ ctx }) => listVillagesOfCommunes(ctx.db, ctx.user.communeCodes)),
});
