// Checks every /api request passes before tRPC sees it: same origin for mutations, JSON bodies only, no
// batched sign-ins, and nothing an API answers is kept by a cache. Decided on the routed URL, so an encoded
// path (`/%61pi/...`) is checked like the plain one.
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The most calls one tRPC request may carry; the portals' batch link sends no more than this. */
export const maxBatchCalls = 10;

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

type Refusal = { status: number; error: string };

/** Same origin when the Origin header is absent (same-origin GETs, tools) or names this very host. */
function crossOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    // "null" (sandboxed frames, file: pages) and anything unparsable are not our pages.
    return true;
  }
}

const hasBody = (req: FastifyRequest) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
const isJson = (req: FastifyRequest) => (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

function procedurePaths(req: FastifyRequest): string[] {
  const path = (req.params as { path?: string } | undefined)?.path ?? '';
  return path.split(',');
}

export function refusalOf(req: FastifyRequest): Refusal | undefined {
  const mutation = !readMethods.has(req.method);
  if (mutation && crossOrigin(req)) return { status: 403, error: 'Cross-origin request refused' };
  // Forms and multipart are what a cross-site page can send without asking: only JSON reaches a procedure.
  if (mutation && hasBody(req) && !isJson(req)) return { status: 415, error: 'Send JSON (Content-Type: application/json)' };
  const batched = (req.query as Record<string, unknown> | undefined)?.batch === '1';
  // One password guess per request: a batch of sign-ins would let guesses through before any is counted.
  if (batched && procedurePaths(req).length > maxBatchCalls) return { status: 400, error: `At most ${maxBatchCalls} calls in one request` };
  if (batched && procedurePaths(req).includes('auth.signIn')) return { status: 400, error: 'auth.signIn cannot be batched' };
  return undefined;
}

export type ApiGuardOptions = { publicCallsPerMinute: number; maxResponseBytes: number };

export function registerApiGuards(app: FastifyInstance, options: ApiGuardOptions) {
  const publicBudget = createPublicCallBudget({ callsPerMinute: options.publicCallsPerMinute });
  app.addHook('onRequest', async (req, reply) => {
    if (!req.routeOptions.url?.startsWith('/api/')) return;
    void reply.header('cache-control', 'no-store');
    const refusal = refusalOf(req);
    if (refusal) return reply.code(refusal.status).send({ error: refusal.error });
    // Every supporters call counts, cookie or not: a made-up cookie must not buy a way around the budget.
    if (req.routeOptions.url.startsWith('/api/supporters/') && !publicBudget.spend(req.ip, procedurePaths(req).length)) {
      return reply.code(429).header('retry-after', '60').send({ error: 'Too many requests; try again in a minute' });
    }
    // A bodiless POST (sign-out sent with nothing) is a call without input; tRPC wants a type to read it as.
    if (!readMethods.has(req.method) && !hasBody(req) && !req.headers['content-type']) req.headers['content-type'] = 'application/json';
  });
  // However many calls a request carries, its answer stays bounded (a batch of exports once made 10 MB).
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.routeOptions.url?.startsWith('/api/') || !(payload instanceof Response)) return payload;
    // tRPC answers with a fetch Response already complete in memory (JSON, no streaming): measure it, pass it on.
    const body = await payload.arrayBuffer();
    if (body.byteLength <= options.maxResponseBytes) return new Response(body, { status: payload.status, statusText: payload.statusText, headers: payload.headers });
    void reply.code(413).type('application/json');
    return JSON.stringify({ error: 'The answer is too large; ask for fewer calls or a narrower filter in one request' });
  });
  // tRPC cannot read an empty body as JSON; a single call sent with none (sign-out by a plain fetch) means null.
  app.addHook('preHandler', async (req) => {
    if (req.routeOptions.url?.startsWith('/api/') && !readMethods.has(req.method) && (req.body === '' || req.body === undefined) && (req.query as Record<string, unknown>).batch !== '1') {
      req.body = 'null';
    }
  });
}

/**
 * Calls to the supporters portal (the public impact pages) per address and minute, counted per call, not per
 * request: the pages need a few dozen; a flood gets 429 long before it can crowd out everyone else.
 */
export function createPublicCallBudget(opts: { callsPerMinute: number; maxAddresses?: number }) {
  const maxAddresses = opts.maxAddresses ?? 10_000;
  let windowStart = 0;
  let used = new Map<string, number>();
  return {
    spend(address: string, calls: number, now = Date.now()): boolean {
      // A fixed one-minute window: the map is emptied every minute, and never holds more than maxAddresses.
      if (now - windowStart >= 60_000) {
        windowStart = now;
        used = new Map();
      }
      const spent = (used.get(address) ?? 0) + calls;
      if (!used.has(address) && used.size >= maxAddresses) return false;
      used.set(address, spent);
      return spent <= opts.callsPerMinute;
    },
  };
}
