import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity } from '../factories/index.js';
import { allWeek } from '../factories/resources.js';
import {
  createServiceEnv,
  type HttpResult,
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';

/** A slot `days` ahead, from `from` to `to` o'clock in Shanghai, shifted by `minutes`. */
function slot(days: number, from: number, to: number, minutes = 0) {
  const now = new Date();
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days);
  const at = (hour: number) => new Date(day + (hour - 8) * 3_600_000 + minutes * 60_000).toISOString();
  return { startsAt: at(from), endsAt: at(to) };
}

/**
 * Two communities booking the same slot through two API processes at once: the resource's row lock
 * in Postgres decides, whichever process a request reaches; a process killed mid-race changes that
 * for nobody.
 */
describe('booking race across two API processes', () => {
  let env: ServiceEnv;
  let city: City;
  let apis: ServiceProcess[];
  beforeAll(async () => {
    env = await createServiceEnv();
    city = await createCity(env.database);
    apis = await Promise.all([startService('api', env), startService('api', env)]);
  });
  afterAll(async () => {
    await stopAllServices();
    await env?.close();
  });

  const post = (api: ServiceProcess, key: string, path: string, body: unknown, headers = {}) =>
    httpRequest(api.baseUrl, path, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, ...headers },
      body,
      timeoutMs: 60_000,
    });

  async function publish(body: Record<string, unknown>): Promise<string> {
    const res = await post(apis[0]!, env.adminKey, '/v1/resources', {
      kind: 'venue',
      name: 'Sports ground',
      openingHours: allWeek,
      ...body,
    });
    expect(res.status, res.body).toBe(201);
    return res.json().id;
  }

  /** A client's booking: the same Idempotency-Key sent again while the process answers 503. */
  async function bookAsClient(api: ServiceProcess, key: string, resourceId: string, body: unknown) {
    const headers = { 'idempotency-key': randomUUID() };
    for (let attempt = 1; ; attempt++) {
      const res = await post(api, key, `/v1/resources/${resourceId}/bookings`, body, headers);
      if (res.status !== 503 || attempt === 100) return res;
      await new Promise((r) => setTimeout(r, 50 * Math.min(attempt, 10)));
    }
  }

  const heldOf = async (resourceId: string) =>
    (
      await env.database.pool.query(
        `select max(n)::int as max_overlap, count(*)::int as held from (
           select (select count(*) from bookings b2 where b2.resource_id = b.resource_id
                     and b2.status in ('requested', 'approved', 'confirmed')
                     and tstzrange(b2.starts_at, b2.ends_at) && tstzrange(b.starts_at, b.ends_at)) as n
             from bookings b where b.resource_id = $1 and b.status in ('requested', 'approved', 'confirmed')) x`,
        [resourceId],
      )
    ).rows[0] as { max_overlap: number | null; held: number };

  it('lets exactly one of two communities’ hundreds of bookings of a meeting room win', async () => {
    // Street A's meeting room, open to every community of the street: A1 and A2 race for it.
    const room = await publish({
      owner: { type: 'community', id: city.communityA1.id },
      bookableBy: 'street',
      capacity: 1,
    });
    const when = slot(3, 9, 11);
    const racers = [
      { key: city.keys.staffA1, booker: { type: 'community', id: city.communityA1.id } },
      { key: city.keys.staffA2, booker: { type: 'community', id: city.communityA2.id } },
    ];
    const results: HttpResult[] = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const racer = racers[i % 2]!;
        return bookAsClient(apis[Math.floor(i / 2) % 2]!, racer.key, room, { booker: racer.booker, ...when });
      }),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    for (const r of results.filter((r) => r.status === 409)) expect(r.json().code).toBe('slot_unavailable');
    expect(await heldOf(room)).toEqual({ max_overlap: 1, held: 1 });
    // The winner is whichever community got there first; each process answered some of the losers.
    const winner = results.find((r) => r.status === 201)!.json();
    expect([city.communityA1.id, city.communityA2.id]).toContain(winner.booker.id);
  });

  it('never holds more than the capacity, even when one process is killed mid-race', async () => {
    const ground = await publish({
      owner: { type: 'community', id: city.communityA1.id },
      bookableBy: 'street',
      capacity: 3,
    });
    const victim = await startService('api', env);
    const targets = [apis[0]!, victim];
    const pending = Array.from({ length: 300 }, (_, i) =>
      bookAsClient(targets[i % 2]!, i % 3 === 0 ? city.keys.staffA2 : city.keys.staffA1, ground, {
        booker: { type: 'community', id: i % 3 === 0 ? city.communityA2.id : city.communityA1.id },
        ...slot(4, 9, 11, i % 90),
      }).catch((err: Error) => err),
    );
    victim.signal('SIGKILL');
    await victim.exited;
    const results = await Promise.all(pending);
    const answered = results.filter((r): r is HttpResult => !(r instanceof Error));
    expect(answered.filter((r) => r.status === 201).length).toBeLessThanOrEqual(3);
    for (const r of answered.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.json().code).toBe('slot_unavailable');
    }
    const { max_overlap, held } = await heldOf(ground);
    expect(max_overlap).toBeLessThanOrEqual(3);
    // Every place was taken: the surviving process kept booking until the ground was full.
    expect(held).toBeGreaterThan(0);
    expect(max_overlap).toBe(3);
  });
});
