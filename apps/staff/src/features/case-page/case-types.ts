// Types of what the staff API takes and gives, read from the StaffRouter type (no server code is bundled).
import type { inferRouterClient } from '@trpc/client';
import type { StaffRouter } from '@kruosar/api';
import type { CurrentUser } from '@kruosar/domain';

type StaffClient = inferRouterClient<StaffRouter>;
type Procedures = { [R in keyof StaffClient]: StaffClient[R] };

/** Input of a staff procedure: StaffInputs['cases']['register']. */
export type StaffInputs = {
  [R in keyof Procedures]: {
    [P in keyof Procedures[R]]: Procedures[R][P] extends { query: (input: infer I, ...rest: never[]) => unknown }
      ? I
      : Procedures[R][P] extends { mutate: (input: infer I, ...rest: never[]) => unknown }
        ? I
        : never;
  };
};

/** Output of a staff procedure: StaffOutputs['cases']['byId']. */
export type StaffOutputs = {
  [R in keyof Procedures]: {
    [P in keyof Procedures[R]]: Procedures[R][P] extends { query: (...args: never[]) => Promise<infer O> }
      ? O
      : Procedures[R][P] extends { mutate: (...args: never[]) => Promise<infer O> }
        ? O
        : never;
  };
};

export type CaseDetail = StaffOutputs['cases']['byId'];
export type CaseRecord = CaseDetail['case'];

/** What every tab of the case page gets (see case-tabs.tsx). */
export type CaseTabProps = { detail: CaseDetail; user: CurrentUser };
