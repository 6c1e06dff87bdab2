import { describe, expect, it } from 'vitest';
import { describeError } from '@kruosar/ui/hive-lite';
import { callProcedure, createHiveClient } from './client';

type Call = { url: string; init: RequestInit };

function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchFn = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  };
  return { calls, fetchFn };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the hive client speaks tRPC over HTTP', () => {
  it('asks a query with GET and its input in the address, and answers result.data', async () => {
    const { calls, fetchFn } = fakeFetch(() => json(200, { result: { data: [{ id: 'n1' }] } }));
    await expect(callProcedure('/api/hive', 'needs.mine', 'query', { a: 'ក 1' }, fetchFn)).resolves.toEqual([{ id: 'n1' }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`/api/hive/needs.mine?input=${encodeURIComponent('{"a":"ក 1"}')}`);
    expect(calls[0]!.init.method).toBeUndefined();
    expect(calls[0]!.init.credentials).toBe('include');
  });

  it('sends a mutation as a JSON POST, and a void query without input', async () => {
    const { calls, fetchFn } = fakeFetch(() => json(200, { result: { data: null } }));
    const client = createHiveClient('/api/hive', fetchFn);
    await client.needs.submit.mutate({ id: 'x' } as never);
    await client.auth.me.query();
    expect(calls[0]).toMatchObject({ url: '/api/hive/needs.submit', init: { method: 'POST', body: '{"id":"x"}', credentials: 'include' } });
    expect(calls[1]!.url).toBe('/api/hive/auth.me');
  });

  it('sends a mutation without input as a batch of one (tRPC wants a JSON body; an empty one is refused)', async () => {
    const { calls, fetchFn } = fakeFetch(() => json(200, [{ result: { data: { ok: true } } }]));
    await expect(createHiveClient('/api/hive', fetchFn).auth.signOut.mutate()).resolves.toEqual({ ok: true });
    expect(calls[0]).toMatchObject({ url: '/api/hive/auth.signOut?batch=1', init: { method: 'POST', body: '{}', credentials: 'include' } });
  });

  it("throws the server's refusal with its code, message key and field errors", async () => {
    const { fetchFn } = fakeFetch(() =>
      json(400, { error: { message: 'Village outside', code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, messageKey: 'errors.villageOutsideCommune', fieldErrors: { villageCode: 'errors.villageOutsideCommune' } } } }),
    );
    const error = await callProcedure('/api/hive', 'needs.submit', 'mutation', {}, fetchFn).catch((e: unknown) => e);
    expect(describeError(error)).toEqual({
      messageKey: 'errors:villageOutsideCommune',
      fallbackKey: 'errors:invalid',
      code: 'BAD_REQUEST',
      fieldErrors: { villageCode: 'errors.villageOutsideCommune' },
    });
  });

  it('calls no answer, or an answer that is not tRPC (a proxy page), a network failure', async () => {
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const proxyPage = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    for (const { fetchFn } of [offline, proxyPage]) {
      const error = await callProcedure('/api/hive', 'needs.mine', 'query', undefined, fetchFn).catch((e: unknown) => e);
      expect(describeError(error)).toMatchObject({ messageKey: 'errors:network', code: null });
    }
  });
});
