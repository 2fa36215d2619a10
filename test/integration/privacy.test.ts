import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/lib/personal.js';
import { type City, call, countRows, createCity, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { leaks, type MemberHistory, memberWithHistory, PHONE, registration } from './privacy-fixtures.js';

const TABLES = [
  'members',
  'member_report_ins',
  'api_keys',
  'claims',
  'ledger_entries',
  'audit_events',
  'idempotency_keys',
  'outbox',
];

describe("a member's rights: erasure", () => {
  let ctx: TestContext;
  let city: City;
  let h: MemberHistory;
  const erase = (key: string, payload: unknown, id = h.member.id) =>
    call(ctx, key, { method: 'POST', url: `/v1/members/${id}/erase`, payload: payload as object });
  const get = (key: string, url: string) => call(ctx, key, { method: 'GET', url });

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    h = await memberWithHistory(ctx, city);
  });
  afterAll(async () => ctx?.close());

  it('refuses bad bodies, the wrong roles and members with open claims, changing nothing', async () => {
    const busy = await createMember(ctx.database, { communityId: city.communityA1.id });
    const order = (
      await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload: orderBody(city) })
    ).json();
    const held = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: busy.id },
    });
    expect(held.statusCode).toBe(201);
    const before = await countRows(ctx.database, TABLES);
    const cases: [string, unknown, number, string, string?][] = [
      [city.keys.staffA1, {}, 400, 'validation_failed'],
      [city.keys.staffA1, { reason: '  ' }, 400, 'validation_failed'],
      [city.keys.staffA1, { reason: 'request 17', name: 'x' }, 400, 'validation_failed'],
      [city.keys.staffA1, { reason: 'x'.repeat(501) }, 400, 'validation_failed'],
      [h.memberKey, { reason: 'my own wish' }, 403, 'forbidden'],
      [city.keys.unitA, { reason: 'left the unit' }, 403, 'forbidden'],
      [city.keys.ops, { reason: 'cleanup' }, 403, 'forbidden'],
      [city.keys.staffB1, { reason: 'request 17' }, 404, 'not_found'],
      [city.keys.staffA2, { reason: 'request 17' }, 404, 'not_found'],
      [city.keys.staffA1, { reason: 'request 18' }, 409, 'open_claims_remain', busy.id],
    ];
    for (const [key, payload, status, code, id] of cases) {
      const res = await erase(key, payload, id);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
    }
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
    const { rows } = await ctx.database.pool.query('select erased_at from members where id = any($1)', [
      [h.member.id, busy.id],
    ]);
    expect(rows.map((r) => r.erased_at)).toEqual([null, null]);
  });

  it('erases the personal data while the ledger, the claims and the audit chains stay valid', async () => {
    const ledgerBefore = (await get(city.keys.staffA1, `/v1/members/${h.member.id}/ledger`)).json();
    const { rows: entriesBefore } = await ctx.database.pool.query('select * from ledger_entries order by id');
    const res = await erase(city.keys.staffA1, { reason: 'resident request 2024-117' });
    expect(res.statusCode, res.body).toBe(200);
    const pseudonym = `Erased member ${h.member.id.replace(/-/g, '').slice(-4).toUpperCase()}`;
    const erased = res.json();
    expect(erased).toMatchObject({
      member: {
        id: h.member.id,
        name: pseudonym,
        phone: '+0000000000',
        gridId: null,
        homeLat: null,
        homeLng: null,
        status: 'inactive',
        available: false,
        unitId: city.unitA.id,
        communityId: city.communityA1.id,
      },
      storedResponsesScrubbed: 1,
    });
    expect(erased.revokedKeyIds).toHaveLength(2);
    expect(erased.revokedKeyIds).toContain(h.appKeyId);

    // Gone from the single read, the list and the export.
    const single = await get(city.keys.staffA1, `/v1/members/${h.member.id}`);
    expect(single.json()).toMatchObject({ name: pseudonym, phone: '+0000000000', status: 'inactive' });
    const list = await get(city.keys.staffA1, `/v1/members?communityId=${city.communityA1.id}&limit=100`);
    expect(list.json().items.map((m: { id: string }) => m.id)).toContain(h.member.id);
    const exported = await get(city.keys.admin, `/v1/members/${h.member.id}/export`);
    expect(exported.json().member).toMatchObject({ name: pseudonym, erasedAt: erased.erasedAt });
    for (const k of exported.json().apiKeys)
      expect(k).toMatchObject({ revokedAt: erased.erasedAt, name: `Key of ${pseudonym}` });
    for (const text of [single.body, list.body, exported.body]) expect(leaks(text)).toEqual([]);

    // Gone from the stored Idempotency-Key answers; a retry of the registration replays the pseudonym, registering nobody.
    const { rows: stored } = await ctx.database.pool.query(
      'select response::text as r from idempotency_keys',
    );
    expect(stored.flatMap((s) => leaks(s.r))).toEqual([]);
    const members = await countRows(ctx.database, ['members']);
    const retry = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/members',
      headers: { 'idempotency-key': 'register-li' },
      payload: registration(city),
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toMatchObject({ id: h.member.id, name: pseudonym, phone: '+0000000000' });
    expect(await countRows(ctx.database, ['members'])).toEqual(members);

    // The trail only ever held masked values, so it needs no change and every chain still verifies.
    const { rows: trail } = await ctx.database.pool.query(
      'select action, before::text as b, after::text as a from audit_events where entity_id = $1 order by seq',
      [h.member.id],
    );
    expect(trail.flatMap((e) => [...leaks(e.b ?? ''), ...leaks(e.a ?? '')])).toEqual([]);
    expect(trail.find((e) => e.action === 'member.created')!.a).toContain(maskPhone(PHONE));
    expect(JSON.parse(trail.find((e) => e.action === 'member.erased')!.a)).toEqual({
      status: 'inactive',
      available: false,
      erasedAt: erased.erasedAt,
      reason: 'resident request 2024-117',
      revokedKeyIds: erased.revokedKeyIds,
      storedResponsesScrubbed: 1,
    });
    for (const entityId of [h.member.id, h.orderId, h.appKeyId]) {
      const verify = await get(city.keys.admin, `/v1/audit/verify?entityId=${entityId}`);
      expect(verify.json(), entityId).toMatchObject({ ok: true, broken: [] });
    }

    // The ledger and the claim are untouched.
    expect((await ctx.database.pool.query('select * from ledger_entries order by id')).rows).toEqual(
      entriesBefore,
    );
    const ledgerAfter = (await get(city.keys.staffA1, `/v1/members/${h.member.id}/ledger`)).json();
    expect([ledgerAfter.balance, ledgerAfter.totalHours]).toEqual([
      ledgerBefore.balance,
      ledgerBefore.totalHours,
    ]);
    expect(ledgerAfter.balance).toBe(20);
    const claims = await get(city.keys.staffA1, `/v1/orders/${h.orderId}/claims`);
    expect(claims.json().items).toEqual([
      expect.objectContaining({ id: h.claimId, memberId: h.member.id, status: 'completed' }),
    ]);

    // The member's own keys stop working at once.
    const self = await get(h.memberKey, `/v1/members/${h.member.id}`);
    expect(self.statusCode).toBe(401);
    expect(self.json().code).toBe('unauthorized');
  });

  it('refuses a second erasure with 409 already_erased, changing nothing', async () => {
    const before = await countRows(ctx.database, TABLES);
    const twice = await erase(city.keys.admin, { reason: 'again' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('already_erased');
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });
});
