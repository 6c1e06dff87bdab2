// The hive portal's tRPC client: the same typed calls as @trpc/client's (hiveClient.needs.submit.mutate(input)),
// in a few lines over fetch. tRPC's links, observables and batching cost about 5 KB of the 100 KB first-load
// budget; the hive makes a handful of plain calls and needs none of them. Failures are real TRPCClientErrors, so
// describeError reads them like anywhere else.
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import type { HiveRouter } from '@kruosar/api';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * One call in tRPC's HTTP format (no transformer, no batching): a query is GET /<path>?input=<json>, a mutation
 * POST /<path> with the JSON body; the answer is {result: {data}} or {error: {message, code, data}}.
 */
export async function callProcedure(endpoint: string, path: string, type: 'query' | 'mutation', input: unknown, fetchFn: Fetch = fetch): Promise<unknown> {
  const json = input === undefined ? undefined : JSON.stringify(input);
  // A mutation without input (auth.signOut) goes as a batch of one, like @trpc/client sends it: tRPC wants a JSON
  // body and Fastify refuses an empty one, and a lone "{}" would be read as the (void) input.
  const bare = type === 'mutation' && json === undefined;
  const query = type === 'query' && json !== undefined ? `?input=${encodeURIComponent(json)}` : bare ? '?batch=1' : '';
  let response: Response;
  try {
    response = await fetchFn(
      `${endpoint}/${path}${query}`,
      type === 'query'
        ? { credentials: 'include' }
        : { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: bare ? '{}' : json },
    );
  } catch (cause) {
    throw TRPCClientError.from(cause as Error); // no answer at all: describeError says "network"
  }
  const answer = (await response.json().catch(() => null)) as unknown;
  const body = (bare && Array.isArray(answer) ? answer[0] : answer) as { result?: { data: unknown } } | null;
  if (response.ok && body?.result) return body.result.data;
  // A tRPC error answer keeps its data (code, messageKey, field errors); anything else (a proxy's page) has none.
  throw TRPCClientError.from(body ?? new Error(`HTTP ${response.status}`));
}

/** hiveClient.a.b.query(input) calls procedure "a.b"; typed by HiveRouter (a type only: no server code is bundled). */
export function createHiveClient(endpoint: string, fetchFn?: Fetch): TRPCClient<HiveRouter> {
  const at = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key: string) =>
        key === 'query' || key === 'mutate'
          ? (input?: unknown) => callProcedure(endpoint, path.join('.'), key === 'query' ? 'query' : 'mutation', input, fetchFn)
          : at([...path, key]),
    });
  return at([]) as TRPCClient<HiveRouter>;
}

export const hiveClient = createHiveClient('/api/hive');
