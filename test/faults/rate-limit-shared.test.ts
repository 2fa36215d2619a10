import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity } from '../factories/index.js';
import {
  createServiceEnv,
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';

describe('rate limits shared by every API replica', () => {
  let env: ServiceEnv;
  let city: City;
  const apis: ServiceProcess[] = [];

  beforeAll(async () => {
    env = await createServiceEnv();
    city = await createCity(env.database);
    // Readiness probes are anonymous requests from one IP: their budget must not get in the way.
    const vars = { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_STAFF: '10', RATE_LIMIT_ANONYMOUS: '10000' };
    apis.push(await startService('api', env, { vars }), await startService('api', env, { vars }));
  });
  afterAll(async () => {
    await stopAllServices();
    await env?.close();
  });

  it('lets one staff key make 10 requests in the window across two processes, and answers 429 with Retry-After to the rest', async () => {
    const headers = { authorization: `Bearer ${city.keys.staffA1}` };
    // Six to each process, all at once: each alone is under the budget, only a shared count stops two.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => httpRequest(apis[i % 2]!.baseUrl, '/v1/categories', { headers })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    for (const r of results.filter((r) => r.status === 429)) {
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({ code: 'rate_limited', status: 429, limit: 10 });
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Another key of the same role has its own budget on either process.
    const other = { authorization: `Bearer ${city.keys.staffA2}` };
    for (const api of apis)
      expect((await httpRequest(api.baseUrl, '/v1/categories', { headers: other })).status).toBe(200);
  });
});
