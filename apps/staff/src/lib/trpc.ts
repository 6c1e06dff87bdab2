// The staff portal's tRPC hooks, typed by StaffRouter (a type only: no server code is bundled).
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { StaffRouter } from '@kruosar/api';
import { createPortalClient } from '@kruosar/ui';

export const { TRPCProvider, useTRPC } = createTRPCContext<StaffRouter>();

// Every staff query is a POST: names and case details never appear in URLs (proxy and server logs keep URLs).
export const trpcClient = createPortalClient<StaffRouter>('staff', { queriesAsPost: true });
