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

  it('documents the Idempotency-Key refusals wherever the header is accepted', () => {
    interface Operation {
      parameters?: { in: string; name: string }[];
      responses: Record<string, { description: string }>;
    }
    const spec: { paths: Record<string, Record<string, Operation>> } = JSON.parse(
      JSON.stringify(ctx.app.swagger()),
    );
    const taking = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.parameters?.some((p) => p.in === 'header' && p.name === 'idempotency-key'))
        .map(([method, op]) => ({ at: `${method.toUpperCase()} ${path}`, responses: op.responses })),
    );
    expect(taking.map((t) => t.at)).toEqual(
      expect.arrayContaining([
        'POST /v1/offers/{id}/accept',
        'POST /v1/orders/{id}/claims',
        'POST /open311/v2/requests.{format}',
      ]),
    );
    expect(taking.length).toBeGreaterThanOrEqual(14);
    for (const { at, responses } of taking) {
      if (at.startsWith('POST /open311/')) {
        // GeoReport v2 answers every client error with 400, the key's refusals among them.
        expect(responses['400']?.description, at).toMatch(/Idempotency-Key/);
        continue;
      }
      expect(responses['409']?.description, at).toMatch(/idempotency_in_progress/);
      expect(responses['422']?.description, at).toMatch(/idempotency_key_reused/);
    }
  });
});
