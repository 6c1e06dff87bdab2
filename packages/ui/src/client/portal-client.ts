// The tRPC client of one portal: its own endpoint on the same origin, with the session cookie.
import { createTRPCClient, httpBatchLink, httpLink, splitLink, type TRPCClient, type TRPCLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import type { Portal } from '@kruosar/domain';

export type PortalClientOptions = {
  /** Where the server is; defaults to this page's origin (the server serves the portals itself). */
  origin?: string;
  /**
   * Send queries as POST (the server allows it): their input, such as a child's name typed in a search, then
   * travels in the body and never in a URL that a proxy or access log keeps.
   */
  queriesAsPost?: boolean;
};

export function portalEndpoint(portal: Portal, options: PortalClientOptions = {}): string {
  return `${options.origin ?? ''}/api/${portal}`;
}

/**
 * A typed client for `/api/<portal>`. The session cookie is httpOnly: the browser sends it and
 * this code never sees it. The portal routers use no data transformer, so plain JSON links fit
 * any of them; the cast only tells TypeScript so for a router type not known here.
 */
export function createPortalClient<TRouter extends AnyTRPCRouter>(
  portal: Portal,
  options: PortalClientOptions = {},
): TRPCClient<TRouter> {
  const url = portalEndpoint(portal, options);
  const withCookie = (input: Parameters<typeof fetch>[0], init?: unknown) => fetch(input, { ...(init as RequestInit), credentials: 'include' });
  // The server refuses batches over ten calls and any batch holding a sign-in (one password guess per request).
  const link = splitLink<AnyTRPCRouter>({
    condition: (op) => op.path === 'auth.signIn',
    true: httpLink({ url, fetch: withCookie }),
    false: httpBatchLink({ url, fetch: withCookie, maxItems: 10, ...(options.queriesAsPost ? { methodOverride: 'POST' as const } : {}) }),
  });
  return createTRPCClient<TRouter>({ links: [link as unknown as TRPCLink<TRouter>] });
}
