import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';
import { type CityPlan, planCity, postOrders, seedCity, waitFor } from './dispatch-fixtures.js';

const ORDERS = 60;
/** The receiver holds every request this long before its 200, so a kill finds attempts in flight. */
const HOLD_MS = 300;

/**
 * A matching wave's offer.created deliveries are attempted by the worker that wrote the wave
 * (src/modules/webhooks/inline-attempts.ts). Killed mid-attempt, it leaves them marked: the next
 * worker's sweep hands them to the webhooks queue, which sends them again with the same webhook-id.
 */
describe('first webhook attempts of a worker killed with SIGKILL', () => {
  let env: ServiceEnv;
  let plan: CityPlan;
  let api: ServiceProcess;
  let server: http.Server;
  const received: string[] = [];
  let inHand = 0;
  const vars = { WEBHOOK_TIMEOUT_MS: '1000' };

  beforeAll(async () => {
    env = await createServiceEnv();
    plan = planCity();
    api = await startService('api', env);
    await seedCity(env.database, plan);
    server = http.createServer((req, res) => {
      received.push(String(req.headers['webhook-id']));
      inHand += 1;
      req.resume();
      setTimeout(() => {
        inHand -= 1;
        res.end('ok');
      }, HOLD_MS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`${api.baseUrl}/v1/webhook-endpoints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/offers`,
        events: ['offer.created'],
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  });
  afterAll(async () => {
    await stopAllServices();
    await new Promise((r) => server?.close(r));
    await env?.close();
  });

  const deliveries = async () =>
    (
      await env.database.pool.query<{
        message_id: string;
        status: string;
        attempts: number;
        unknown_outcome_attempts: number;
        inline: boolean;
      }>(
        `select d.message_id, d.status, d.attempts, d.unknown_outcome_attempts, d.inline_since is not null as inline
           from webhook_deliveries d`,
      )
    ).rows;

  it('delivers every offer.created, again with the same webhook-id where the outcome was lost', async () => {
    const posted = await postOrders(api.baseUrl, env.adminKey, plan, 0, ORDERS);
    expect(posted.filter((p) => p.status !== 201)).toEqual([]);

    const first = await startService('worker', env, { vars });
    await waitFor(async () => inHand >= 5, 30_000, 'first attempts in flight', 5);
    first.signal('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const atKill = await deliveries();
    // The kill caught waves whose first attempts were under way or not yet begun.
    expect(atKill.filter((d) => d.inline).length).toBeGreaterThan(0);

    await startService('worker', env, { vars });
    const { rows } = await env.database.pool.query<{ n: number }>(
      "select count(*)::int as n from domain_events where type = 'offer.created'",
    );
    // Waves still to be written were written by the new worker, which attempts them itself.
    await waitFor(
      async () => {
        const all = await deliveries();
        return all.length > 0 && all.every((d) => d.status === 'succeeded');
      },
      120_000,
      'every delivery to succeed',
      500,
    );
    const stored = await deliveries();
    const events = (
      await env.database.pool.query<{ id: string }>(
        "select id from domain_events where type = 'offer.created'",
      )
    ).rows.map((e) => `msg_${e.id}`);
    expect(events.length).toBeGreaterThanOrEqual(rows[0]!.n);
    expect(stored.map((d) => d.message_id).sort()).toEqual([...events].sort());
    expect(new Set(received)).toEqual(new Set(events));
    expect(stored.filter((d) => d.inline)).toEqual([]);
    // Those whose first attempt the dead worker had counted: their outcome unknown, and sent again.
    const lost = stored.filter((d) => d.unknown_outcome_attempts > 0);
    expect(lost.length).toBeGreaterThan(0);
    for (const d of lost) expect(d.attempts).toBe(2);
    // Those the receiver held at the kill reached it twice, with the same webhook-id.
    const twice = events.filter((id) => received.filter((r) => r === id).length >= 2);
    expect(twice.length).toBeGreaterThan(0);
    expect(twice.filter((id) => !lost.some((d) => d.message_id === id))).toEqual([]);
  }, 300_000);
});
