// The supporters portal's tRPC hooks, typed by SupportersRouter (a type only: no server code is bundled).
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { SupportersRouter } from '@kruosar/api';
import { createPortalClient } from '@kruosar/ui';

export const { TRPCProvider, useTRPC } = createTRPCContext<SupportersRouter>();

export const trpcClient = createPortalClient<SupportersRouter>('supporters');
