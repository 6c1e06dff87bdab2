// The hive portal's tRPC client: plain calls, no query cache (bundle budget).
import type { HiveRouter } from '@kruosar/api';
import { createPortalClient } from '@kruosar/ui/hive-lite';

export const hiveClient = createPortalClient<HiveRouter>('hive');
