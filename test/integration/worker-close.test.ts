import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRuntime } from '../../src/jobs/worker-runtime.js';
import { type City, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { emitDomainEvent, subscribe, WebhookReceiver } from '../helpers/webhook-receiver.js';

/** Longer than the 2 s the close allows BullMQ once no job runs: a running job is never cut short. */
const HOLD_MS = 3_000;

describe('closing the workers', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;
  let runtime: WorkerRuntime;

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    runtime = await ctx.startWorkers(['webhooks']);
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it('waits for a job in flight, however long it takes, and records its outcome before it returns', async () => {
    const endpoint = await subscribe(ctx, city.keys.admin, {
      url: receiver.url('/slow'),
      events: ['order.filled'],
    });
    let closing: Promise<void> | null = null;
    let closeStartedAt = 0;
    receiver.beforeAnswer('/slow', async () => {
      closeStartedAt = Date.now();
      closing = runtime.close();
      await new Promise((r) => setTimeout(r, HOLD_MS));
    });
    await emitDomainEvent(ctx, { type: 'order.filled', regionPath: city.communityA1.path, data: {} });
    await receiver.waitFor(1, '/slow');
    while (!closing) await new Promise((r) => setTimeout(r, 10));
    await closing;
    expect(Date.now() - closeStartedAt).toBeGreaterThanOrEqual(HOLD_MS);
    const { rows } = await ctx.database.pool.query(
      'select status, attempts, in_flight_since from webhook_deliveries where endpoint_id = $1',
      [endpoint.id],
    );
    expect(rows).toEqual([{ status: 'succeeded', attempts: 1, in_flight_since: null }]);
    expect(receiver.received('/slow')).toHaveLength(1);
  });
});
