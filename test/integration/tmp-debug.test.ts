import { afterAll, beforeAll, it } from 'vitest';
import { call, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(async () => ctx.close());
it('debug', async () => {
  const city = await createCity(ctx.database);
  const old = (await call(ctx, city.keys.admin, { method: 'POST', url: '/v1/api-keys', payload: { name: 'x', role: 'ops' } })).json();
  const r = await call(ctx, city.keys.admin, { method: 'POST', url: `/v1/api-keys/${old.id}/rotate` });
  console.log(r.statusCode, r.body);
  const c = await call(ctx, city.keys.admin, { method: 'POST', url: '/v1/api-keys', payload: { name: 'x', role: 'community_staff', scope: { regionId: city.streetA.id } } });
  console.log(c.statusCode, c.body);
});
