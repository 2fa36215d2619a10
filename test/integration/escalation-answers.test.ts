import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { publishOrder, rowsOf, SLA_TABLES, setPolicy } from './sla-fixtures.js';

/** The street rates the answer to its whistle (评价), and the league of the units the answers assigned. */
describe('rating the answer to an escalation, and the league of escalation answers', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    city = await createCity(ctx.database);
    await setPolicy(ctx, city, 'home_visit', 'routine', {
      claimWithin: 'PT1H',
      completeWithin: 'P1D',
      responseWithin: 'PT30M',
      maxLevel: 2,
    });
  });
  afterAll(async () => ctx.close());

  /** An order of community A1 whistled to street A; answered by the street's officers when asked. */
  async function whistled(opts: { answer?: { assignUnitIds: string[] } } = {}) {
    const order = await publishOrder(ctx, city);
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/whistle`,
      payload: { reason: 'Nobody came for three days' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const escalationId: string = res.json().escalation.id;
    if (opts.answer) {
      const answered = await call(ctx, city.keys.streetA, {
        method: 'POST',
        url: `/v1/escalations/${escalationId}/respond`,
        payload: { note: 'School B sends a teacher', ...opts.answer },
      });
      expect(answered.statusCode, answered.body).toBe(200);
    }
    return { orderId: order.id, escalationId };
  }

  const rate = (key: string, escalationId: string, payload: object) =>
    call(ctx, key, { method: 'POST', url: `/v1/escalations/${escalationId}/rating`, payload });

  it('lets the whistlers rate the answer once; those who answered, and keys that do not see it, may not', async () => {
    const { orderId, escalationId } = await whistled();
    const before = await countRows(ctx.database, SLA_TABLES);
    const early = await rate(city.keys.staffA1, escalationId, { rating: 4 });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'invalid_transition' });

    await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: `/v1/escalations/${escalationId}/respond`,
      payload: { note: 'Two volunteers on Saturday' },
    });
    const afterAnswer = await countRows(ctx.database, SLA_TABLES);
    const refused: [string, object, number, string][] = [
      [city.keys.streetA, { rating: 5 }, 403, 'forbidden'],
      [city.keys.districtOfficer, { rating: 5 }, 403, 'forbidden'],
      [city.keys.staffB1, { rating: 5 }, 404, 'not_found'],
      [city.keys.unitA, { rating: 5 }, 403, 'forbidden'],
      [city.keys.staffA1, { rating: 6 }, 400, 'validation_failed'],
      [city.keys.staffA1, { rating: 3, comment: '' }, 400, 'validation_failed'],
      [city.keys.staffA1, { rating: 3, extra: true }, 400, 'validation_failed'],
    ];
    for (const [key, payload, status, code] of refused) {
      const res = await rate(key, escalationId, payload);
      expect(res.statusCode, `${JSON.stringify(payload)}: ${res.body}`).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect(await countRows(ctx.database, SLA_TABLES)).toEqual(afterAnswer);
    expect(afterAnswer.audit_events).toBeGreaterThan(before.audit_events!);

    const rated = await rate(city.keys.staffA1, escalationId, {
      rating: 4,
      comment: 'Came on time, but left early',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json().answerRating).toMatchObject({ rating: 4, comment: 'Came on time, but left early' });
    const again = await rate(city.keys.staffA1, escalationId, { rating: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'answer_already_rated', rating: 4 });

    const seen = await call(ctx, city.keys.streetA, {
      method: 'GET',
      url: `/v1/escalations/${escalationId}`,
    });
    expect(seen.json().answerRating.rating).toBe(4);
    const trail = await rowsOf<{ action: string }>(
      ctx,
      "select action from audit_events where entity_id = $1 and action like 'escalation.%' order by seq",
      [orderId],
    );
    expect(trail.map((r) => r.action)).toEqual(['escalation.responded', 'escalation.answer_rated']);
    const verify = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${orderId}`,
    });
    expect(verify.statusCode, verify.body).toBe(200);
  });

  it('records exactly one rating when many are sent at once', async () => {
    const { escalationId } = await whistled({ answer: { assignUnitIds: [] } });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => rate(city.keys.staffA1, escalationId, { rating: (i % 5) + 1 })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(39);
    const winner = results.find((r) => r.statusCode === 200)!.json().answerRating.rating;
    const rows = await rowsOf<{ answer_rating: number }>(
      ctx,
      'select answer_rating from escalations where id = $1',
      [escalationId],
    );
    expect(rows[0]!.answer_rating).toBe(winner);
    const audits = await rowsOf<{ n: number }>(
      ctx,
      "select count(*)::int as n from audit_events where action = 'escalation.answer_rated' and after->>'id' = $1",
      [escalationId],
    );
    expect(audits[0]!.n).toBe(1);
  });

  it('ranks the units assigned by answers: taken up in time, rated, resolved after', async () => {
    // Unit B is assigned twice: it takes the first order up and is rated 5; the second it never takes up.
    const taken = await whistled({ answer: { assignUnitIds: [city.unitB.id] } });
    const ignored = await whistled({ answer: { assignUnitIds: [city.unitB.id, city.unitA.id] } });
    expect((await rate(city.keys.staffA1, taken.escalationId, { rating: 5 })).statusCode).toBe(200);
    expect((await rate(city.keys.staffA1, ignored.escalationId, { rating: 2 })).statusCode).toBe(200);
    const teacher = await createMember(ctx.database, { unitId: city.unitB.id });
    const teacherKey = await createKey(ctx.database, 'member', { memberId: teacher.id });
    const claimed = await call(ctx, teacherKey, {
      method: 'POST',
      url: `/v1/orders/${taken.orderId}/claims`,
      payload: { memberId: teacher.id },
    });
    expect(claimed.statusCode, claimed.body).toBe(201);
    // Unit A, paired with community A1, takes the second order up itself.
    const nurse = await createMember(ctx.database, {
      communityId: city.communityA1.id,
      unitId: city.unitA.id,
    });
    const nurseKey = await createKey(ctx.database, 'member', { memberId: nurse.id });
    const second = await call(ctx, nurseKey, {
      method: 'POST',
      url: `/v1/orders/${ignored.orderId}/claims`,
      payload: { memberId: nurse.id },
    });
    expect(second.statusCode, second.body).toBe(201);

    const now = ctx.clock.now().getTime();
    const period = `from=${encodeURIComponent(new Date(now - 86_400_000).toISOString())}&to=${encodeURIComponent(new Date(now + 60_000).toISOString())}`;
    const res = await call(ctx, city.keys.districtOfficer, {
      method: 'GET',
      url: `/v1/evaluations/escalation-answers?${period}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as {
      unitName: string;
      assigned: number;
      answered: number;
      answeredOnTimePct: number;
      averageRating: number;
      rated: number;
    }[];
    expect(
      rows.map((r) => [r.unitName, r.assigned, r.answered, r.answeredOnTimePct, r.averageRating, r.rated]),
    ).toEqual([
      ['Hospital A', 1, 1, 100, 2, 1],
      ['School B', 2, 1, 50, 3.5, 2],
    ]);
    // Street B's officers see no escalation of street A's orders.
    const other = await call(ctx, city.keys.streetB, {
      method: 'GET',
      url: `/v1/evaluations/escalation-answers?${period}`,
    });
    expect(other.json().rows).toEqual([]);
  });
});
