import type { Job } from 'bullmq';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { expect } from 'vitest';
import { members, offers, orders } from '../../src/db/schema/index.js';
import type { JobDeps } from '../../src/jobs/job-deps.js';
import { processMatching } from '../../src/jobs/processors/matching.js';
import { newId } from '../../src/lib/ids.js';
import { InlineAttempts } from '../../src/modules/webhooks/inline-attempts.js';
import { type City, call, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import type { TestContext } from '../helpers/context.js';

/** Where every test order is; homes are placed due north of it. */
export const ORIGIN = { lat: 29.7, lng: 116 };
const home = (metres: number) => ({ homeLat: ORIGIN.lat + metres / 111_195, homeLng: ORIGIN.lng });

/**
 * What a job processor is given, to run jobs directly (without the queues) in a test. Waves are
 * written with their webhooks jobs unless `inlineWebhooks` allows first attempts made in-process.
 */
export const jobDepsOf = (ctx: TestContext, opts: { inlineWebhooks?: number } = {}): JobDeps => {
  const log = pino({ level: 'silent' });
  return {
    config: ctx.config,
    database: ctx.database,
    queues: ctx.queues,
    clock: ctx.clock,
    log,
    services: ctx.app.services,
    inlineWebhooks: new InlineAttempts(
      opts.inlineWebhooks ?? 0,
      (ids) => ctx.app.services.webhookDeliveries.attemptInline(ids, log),
      log,
    ),
  };
};

/** One matching pass for the order, as the matching queue's processor runs it after publication. */
export const matchDirectly = (deps: JobDeps, orderId: string) =>
  processMatching(
    { name: 'match', data: { orderId, reason: 'published' } } as Job<{
      orderId: string;
      reason: 'published';
    }>,
    deps,
  );

/** Polls until `probe` returns something other than null. */
export async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Work a member finished `daysAgo` days ago on an already verified order in community B1. */
export async function givePastWork(
  ctx: TestContext,
  city: City,
  memberId: string,
  hours: number,
  daysAgo: number,
) {
  const at = new Date(ctx.clock.now().getTime() - daysAgo * 86_400_000);
  const orderId = newId();
  await ctx.database.db.insert(orders).values({
    id: orderId,
    communityId: city.communityB1.id,
    regionPath: city.communityB1.path,
    categoryCode: 'home_visit',
    title: 'Past visit',
    description: 'done',
    priority: 'routine',
    headcount: 1,
    slotsHeld: 1,
    source: 'walk_in',
    dispatchMode: 'open',
    status: 'verified',
    createdAt: at,
    updatedAt: at,
  });
  await ctx.database.pool.query(
    `insert into claims (id, order_id, member_id, status, hours_reported, approved_hours, created_at, updated_at, completed_at)
     values ($1, $2, $3, 'completed', $4, $4, $5, $5, $5)`,
    [newId(), orderId, memberId, hours, at],
  );
}

/**
 * Ten eligible members whose ranking for an order at ORIGIN requiring `medical` is known, and five
 * who must never be offered it. Scores with the documented weights (grid only for A, and only when
 * the order has that grid):
 *   A 200 m in the grid .935 (.835 without) · B 200 m .835 · C 800 m .777 · D 1.5 km .734 ·
 *   E home unknown .713 · F 3 km .683 · I 200 m, four skills .675 · G 200 m, 24 h last month .655 ·
 *   H 6 km .638 · J 10 km .613.
 */
export async function createCrowd(ctx: TestContext, city: City, communityId: string, gridId: string | null) {
  const mk = (o: Parameters<typeof createMember>[1]) =>
    createMember(ctx.database, { communityId, skills: ['medical'], ...o });
  const A = await mk({ ...home(200), gridId });
  const B = await mk({ ...home(200), unitId: city.unitA.id });
  const C = await mk(home(800));
  const D = await mk(home(1500));
  const E = await mk({});
  const F = await mk(home(3000));
  const G = await mk(home(200));
  await givePastWork(ctx, city, G.id, 24, 5);
  const H = await mk(home(6000));
  const I = await mk({ ...home(200), skills: ['medical', 'driving', 'legal', 'it'] });
  const J = await mk(home(10_000));

  const unavailable = await mk(home(100));
  await ctx.database.db.update(members).set({ available: false }).where(eq(members.id, unavailable.id));
  const inactive = await mk(home(100));
  await ctx.database.db.update(members).set({ status: 'inactive' }).where(eq(members.id, inactive.id));
  const atCapacity = await mk({ ...home(100), maxActiveClaims: 1 });
  await ctx.database.db.update(members).set({ activeClaims: 1 }).where(eq(members.id, atCapacity.id));
  const unskilled = await mk({ ...home(100), skills: ['driving'] });
  const elsewhere = await createMember(ctx.database, {
    communityId: city.communityB1.id,
    skills: ['medical'],
    ...home(100),
  });

  return {
    ranked: { A, B, C, D, E, F, I, G, H, J },
    excluded: { unavailable, inactive, atCapacity, unskilled, elsewhere },
  };
}
export type Crowd = Awaited<ReturnType<typeof createCrowd>>;

/** Posts `n` published orders at ORIGIN for one member with the medical skill each (the crowd's); their ids. */
export async function postCrowdOrders(ctx: TestContext, city: City, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, {
        dispatchMode: 'auto',
        headcount: 1,
        requiredSkills: ['medical'],
        location: ORIGIN,
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.push(res.json().id as string);
  }
  return ids;
}

export const memberKey = (ctx: TestContext, memberId: string) =>
  createKey(ctx.database, 'member', { memberId });

export async function offersOf(ctx: TestContext, orderId: string) {
  return ctx.database.db
    .select()
    .from(offers)
    .where(eq(offers.orderId, orderId))
    .orderBy(offers.wave, offers.rank);
}

/** Waits until the order has exactly `n` offers and no outbox row is left to relay. */
export async function waitForOffers(ctx: TestContext, orderId: string, n: number) {
  return eventually(async () => {
    const rows = await offersOf(ctx, orderId);
    if (rows.length > n) throw new Error(`expected ${n} offers, found ${rows.length}`);
    return rows.length === n ? rows : null;
  });
}

/** Waits until every outbox row is relayed and no matching or offer job is waiting or running. */
export async function settle(ctx: TestContext) {
  let quiet = 0;
  await eventually(async () => {
    const { rows } = await ctx.database.pool.query(
      'select count(*)::int as n from outbox where published_at is null',
    );
    const counts = await Promise.all(
      (['matching', 'offers'] as const).map((q) =>
        ctx.queues.get(q).getJobCounts('waiting', 'active', 'prioritized'),
      ),
    );
    const busy = rows[0].n + counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
    quiet = busy === 0 ? quiet + 1 : 0;
    return quiet >= 3 ? true : null;
  });
}
