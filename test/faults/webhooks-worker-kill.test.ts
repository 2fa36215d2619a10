import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../../src/db/transaction.js';
import { emitEvent } from '../../src/outbox/outbox.repo.js';
import {
  createServiceEnv,
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';
import { verifyWebhook, WebhookReceiver } from '../helpers/webhook-receiver.js';
import { jobCounts, waitFor } from './dispatch-fixtures.js';

describe('webhooks: a worker killed while the receiver holds its POST', () => {
  let env: ServiceEnv;
  let api: ServiceProcess;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    env = await createServiceEnv();
    api = await startService('api', env);
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await stopAllServices();
    await receiver?.close();
    await env?.close();
  });

  const asAdmin = (path: string, opts: { method?: string; body?: unknown } = {}) =>
    httpRequest(api.baseUrl, path, { ...opts, headers: { authorization: `Bearer ${env.adminKey}` } });
  const deliveriesOf = async (endpointId: string) => {
    const res = await asAdmin(`/v1/webhook-endpoints/${endpointId}/deliveries`);
    expect(res.status, res.body).toBe(200);
    return res.json().items as Record<string, unknown>[];
  };
  const rowOf = async (endpointId: string) => {
    const { rows } = await env.database.pool.query(
      'select attempts, in_flight_since from webhook_deliveries where endpoint_id = $1',
      [endpointId],
    );
    return rows[0] as { attempts: number; in_flight_since: Date | null } | undefined;
  };

  it('is redelivered by the next worker with the same webhook-id, its first attempt shown of unknown outcome and counted', async () => {
    const created = await asAdmin('/v1/webhook-endpoints', {
      method: 'POST',
      body: { url: receiver.url('/hook'), events: ['order.published'] },
    });
    expect(created.status, created.body).toBe(201);
    const endpoint = created.json() as { id: string; secret: string };
    // The first POST gets no answer: the worker is killed while it waits for one.
    receiver.hangNext(1, '/hook');
    const eventId = await transaction(env.database.db, (tx) =>
      emitEvent(tx, { type: 'order.published', data: { orderId: null } }),
    );

    // A time limit far beyond the test's: only the kill ends the first attempt.
    const vars = { WEBHOOK_TIMEOUT_MS: '300000' };
    const first = await startService('worker', env, { vars });
    const [held] = await receiver.waitFor(1, '/hook', 60_000);
    const row = await rowOf(endpoint.id);
    expect(row).toEqual({ attempts: 1, in_flight_since: expect.any(Date) });
    first.signal('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const [left] = await deliveriesOf(endpoint.id);
    expect(left).toMatchObject({
      messageId: `msg_${eventId}`,
      status: 'pending',
      attempts: 1,
      inFlightSince: row!.in_flight_since!.toISOString(),
      unknownOutcomeAttempts: 0,
    });

    // The job the dead worker held is stalled; the next worker takes it over once its lock lapses.
    const second = await startService('worker', env, { vars });
    const requests = await receiver.waitFor(2, '/hook', 150_000);
    await waitFor(
      async () => (await deliveriesOf(endpoint.id))[0]?.status === 'succeeded',
      30_000,
      'the redelivery to be recorded',
    );

    expect(held!.headers['webhook-id']).toBe(`msg_${eventId}`);
    expect(requests[1]!.headers['webhook-id']).toBe(`msg_${eventId}`);
    for (const r of requests)
      expect(verifyWebhook(endpoint.secret, r)).toMatchObject({ type: 'order.published' });
    expect(receiver.received('/hook')).toHaveLength(2);
    const [delivered] = await deliveriesOf(endpoint.id);
    expect(delivered).toMatchObject({
      messageId: `msg_${eventId}`,
      status: 'succeeded',
      attempts: 2,
      unknownOutcomeAttempts: 1,
      inFlightSince: null,
      lastStatusCode: 200,
    });

    const redeliveries = second.logs().filter((l) => l.msg === 'webhook.redelivery_after_crash');
    expect(redeliveries).toEqual([
      expect.objectContaining({
        endpointId: endpoint.id,
        messageId: `msg_${eventId}`,
        attempt: 2,
        unknownAttemptStartedAt: row!.in_flight_since!.toISOString(),
      }),
    ]);
    const metrics = await asAdmin('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body.split('\n')).toContain('wd_webhook_redeliveries_after_crash 1');
    expect((await jobCounts(env, 'webhooks')).failed).toBe(0);
  }, 240_000);
});
