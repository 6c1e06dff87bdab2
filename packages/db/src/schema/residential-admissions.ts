import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { institutions } from './institutions';
import { users } from './users';

/** A child's stay in an institution, from admission until they leave it. */
export const residentialAdmissions = sqliteTable(
  'residential_admissions',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    institutionId: text('institution_id').notNull().references(() => institutions.id),
    admittedOn: text('admitted_on').notNull(),
    /** Null while the child lives there. */
    leftOn: text('left_on'),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('residential_admissions_case_idx').on(t.caseId, t.admittedOn), index('residential_admissions_institution_idx').on(t.institutionId, t.leftOn)],
);
