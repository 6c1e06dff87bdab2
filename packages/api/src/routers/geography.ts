// Geography the signed-in person works in: communes for staff filters, villages for hive volunteers.
import { z } from 'zod';
import { CommuneCode, GeoUnit } from '@kruosar/domain';
import { listCaseCommunes, listChildUnits, listUnitsByCodes, listUnitsByLevel, listVillagesOfCommunes } from '@kruosar/db';
import { procedureFor, router } from '../trpc';

export const staffGeographyRouter = router({
  /** Every province, by name: the most a story may say about where a child lives. */
  provinces: procedureFor('admin', 'supervisor', 'caseworker', 'analyst')
    .input(z.void())
    .output(z.array(GeoUnit))
    .query(({ ctx }) => listUnitsByLevel(ctx.db, 'province')),
  communes: procedureFor('admin', 'supervisor', 'caseworker', 'analyst')
    .input(z.void())
    .output(z.array(GeoUnit))
    .query(({ ctx }) => (ctx.user.communeCodes.length ? listUnitsByCodes(ctx.db, ctx.user.communeCodes) : listCaseCommunes(ctx.db))),
  /** Villages of one commune the person works in (admins: any), for the intake's and household's village choice. */
  villages: procedureFor('admin', 'supervisor', 'caseworker')
    .input(z.object({ communeCode: CommuneCode }))
    .output(z.array(GeoUnit))
    .query(({ ctx, input }) =>
      ctx.user.role === 'admin' || ctx.user.communeCodes.includes(input.communeCode) ? listChildUnits(ctx.db, input.communeCode) : [],
    ),
});

export const hiveGeographyRouter = router({
  villages: procedureFor('hive_volunteer')
    .input(z.void())
    .output(z.array(GeoUnit))
    .query(({ ctx }) => listVillagesOfCommunes(ctx.db, ctx.user.communeCodes)),
});
