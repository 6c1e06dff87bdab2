// Kruosar's API: one tRPC setup, three portal routers, each served at its own endpoint.
import type { Portal } from '@kruosar/domain';
import { hiveRouter } from './portals/hive';
import { staffRouter } from './portals/staff';
import { supportersRouter } from './portals/supporters';

export type { StaffRouter } from './portals/staff';
export type { HiveRouter } from './portals/hive';
export type { SupportersRouter } from './portals/supporters';
export type { Context, InnerContext, SessionCarrier } from './context';
export { memorySession } from './context';
export { createCallerFactory, type Policy } from './trpc';
export { createSignInLimiter, type SignInLimiter } from './auth/rate-limit';
export { hashPassword, verifyPassword } from './auth/password';
export { newTemporaryPassword } from './auth/accounts';
export { staffRouter, hiveRouter, supportersRouter };

export const portalRouters = { staff: staffRouter, hive: hiveRouter, supporters: supportersRouter } satisfies Record<Portal, unknown>;
