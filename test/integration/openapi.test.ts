import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openapiYaml } from '../../src/plugins/openapi.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('openapi.yaml', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('is exactly what the route schemas generate (run `npm run openapi` after changing a route)', () => {
    const committed = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
    expect(committed).toBe(openapiYaml(ctx.app));
  });
});
