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
  if (batched && procedurePaths(req).includes('auth.signIn')) return { status: 400, error: 'auth.signIn cannot be batched' };
  return undefined;
}

export function registerApiGuards(app: FastifyInstance) {
  app.addHook('onRequest', async (req, reply) => {
    if (!req.routeOptions.url?.startsWith('/api/')) return;
    void reply.header('cache-control', 'no-store');
    const refusal = refusalOf(req);
    if (refusal) return reply.code(refusal.status).send({ error: refusal.error });
    // A bodiless POST (sign-out sent with nothing) is a call without input; tRPC wants a type to read it as.
    if (!readMethods.has(req.method) && !hasBody(req) && !req.headers['content-type']) req.headers['content-type'] = 'application/json';
  });
  // tRPC cannot read an empty body as JSON; a single call sent with none (sign-out by a plain fetch) means null.
  app.addHook('preHandler', async (req) => {
    if (req.routeOptions.url?.startsWith('/api/') && !readMethods.has(req.method) && (req.body === '' || req.body === undefined) && (req.query as Record<string, unknown>).batch !== '1') {
      req.body = 'null';
    }
  });
}
