import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../../../test/factories/orders.js';
import { ApiProblem, isApiProblem, type RequestBody } from '../src/index.js';
import { type RunningService, startService } from './service.js';

describe('typed client against the service', () => {
  let service: RunningService;
  const newOrder = (extra: Record<string, unknown> = {}) =>
    orderBody(service.city, extra) as RequestBody<'/v1/orders', 'post'>;

  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => service?.close());

  it('creates an order with an Idempotency-Key of its own, and a key sent again replays the answer', async () => {
    const client = service.client(service.city.keys.staffA1);
    const created = await client.post('/v1/orders', { body: newOrder() });
    const sent = service.seen.at(-1)!;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/orders', status: 201 });
    expect(sent.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);

    const key = `client-test-${created.id}`;
    const first = await client.request('post', '/v1/orders', {
      body: newOrder({ title: 'Carry the shopping' }),
      headers: { 'idempotency-key': key },
    });
    const again = await client.request('post', '/v1/orders', {
      body: newOrder({ title: 'Carry the shopping' }),
      headers: { 'idempotency-key': key },
    });
    expect(again.data).toEqual(first.data);
    expect(again.response.status).toBe(201);
    const { rows } = await service.ctx.database.pool.query(
      'select count(*)::int as n from orders where title = $1',
      ['Carry the shopping'],
    );
    expect(rows[0].n).toBe(1);

    // A POST whose operation takes no Idempotency-Key gets none.
    await client.post('/v1/orders/{id}/cancel', {
      params: { path: { id: created.id } },
      body: { reason: 'test' },
    });
    expect(service.seen.at(-1)!.headers.has('idempotency-key')).toBe(false);
  });

  it('pages through a list with an async iterator', async () => {
    const client = service.client(service.city.keys.staffA2);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await client.post('/v1/orders', { body: newOrder({ communityId: service.city.communityA2.id }) }))
          .id,
      );
    const before = service.seen.length;
    const listed: string[] = [];
    for await (const order of client.paginate('/v1/orders', { params: { query: { limit: 2 } } })) {
      expect(order.communityId).toBe(service.city.communityA2.id);
      listed.push(order.id);
    }
    expect(listed.sort()).toEqual(ids.sort());
    expect(service.seen.length - before).toBe(3);

    const sizes: number[] = [];
    for await (const page of client.pages('/v1/orders', { params: { query: { limit: 4 } } }))
      sizes.push(page.items.length);
    expect(sizes).toEqual([4, 1]);
  });

  it('PATCHes with If-Match from the ETag it read, answers a stale one with 412, and retries once when asked', async () => {
    const client = service.client(service.city.keys.staffA1);
    const order = await client.post('/v1/orders', { body: newOrder() });
    const read = await client.request('get', '/v1/orders/{id}', { params: { path: { id: order.id } } });
    expect(read.etag).toMatch(/^"v\d+"$/);

    const updated = await client.update('/v1/orders/{id}', {
      params: { path: { id: order.id } },
      body: (current) => ({ title: `${current.title} (2nd floor)` }),
    });
    expect(updated.data.title).toBe('Visit Grandma Li (2nd floor)');
    const patch = service.seen.at(-1)!;
    expect(patch.method).toBe('PATCH');
    expect(patch.headers.get('if-match')).toBe(read.etag);
    expect(updated.etag).not.toBe(read.etag);

    // The ETag read before that change is stale now.
    const stale = await client
      .patch('/v1/orders/{id}', {
        params: { path: { id: order.id }, header: { 'if-match': read.etag! } },
        body: { title: 'lost update' },
      })
      .catch((err: unknown) => err);
    expect(stale).toBeInstanceOf(ApiProblem);
    expect(stale).toMatchObject({ status: 412, code: 'version_mismatch' });

    // Someone else changes the order between the helper's GET and its PATCH: one 412, then success.
    const other = service.client(service.city.keys.admin);
    let raced = false;
    const racing = service.client(service.city.keys.staffA1, {
      fetch: async (request) => {
        if (request.method === 'PATCH' && !raced) {
          raced = true;
          await other.update('/v1/orders/{id}', {
            params: { path: { id: order.id } },
            body: { description: 'changed by someone else' },
          });
        }
        return fetch(request);
      },
    });
    const retried = await racing.update('/v1/orders/{id}', {
      params: { path: { id: order.id } },
      body: (current) => ({ title: `${current.title}!` }),
      retryOnConflict: true,
    });
    expect(retried.data).toMatchObject({
      title: 'Visit Grandma Li (2nd floor)!',
      description: 'changed by someone else',
    });
    await expect(
      service
        .client(service.city.keys.staffA1, {
          fetch: async (request) => {
            if (request.method === 'PATCH')
              await other.update('/v1/orders/{id}', {
                params: { path: { id: order.id } },
                body: { title: 'again' },
              });
            return fetch(request);
          },
        })
        .update('/v1/orders/{id}', {
          params: { path: { id: order.id } },
          body: { title: 'never' },
          retryOnConflict: true,
        }),
    ).rejects.toMatchObject({ status: 412, code: 'version_mismatch' });
  });

  it('raises problem documents as ApiProblem with their code, request id and extension members', async () => {
    const client = service.client(service.city.keys.staffA1);
    const missing = await client
      .get('/v1/orders/{id}', { params: { path: { id: '01900000-0000-7000-8000-000000000000' } } })
      .catch((err: unknown) => err);
    expect(missing).toBeInstanceOf(ApiProblem);
    expect(missing).toMatchObject({ status: 404, code: 'not_found', requestId: expect.any(String) });
    expect(isApiProblem(missing, 'not_found')).toBe(true);

    const invalid = await client
      .post('/v1/orders', { body: { ...newOrder(), headcount: 0 } })
      .catch((err: unknown) => err);
    expect(isApiProblem(invalid, 'validation_failed')).toBe(true);
    const problem = invalid as ApiProblem;
    expect(problem.status).toBe(400);
    expect(problem.errors).toContainEqual({ path: 'body.headcount', message: expect.any(String) });
    expect(Object.keys(problem.extensions)).toEqual(['errors']);

    const forbidden = await service
      .client(service.city.keys.unitA)
      .post('/v1/orders', { body: newOrder() })
      .catch((err: unknown) => err);
    expect(forbidden).toMatchObject({ status: 403, code: 'forbidden', name: 'ApiProblem' });
  });
});
