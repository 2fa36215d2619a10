import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import { maskName, maskPhone } from '../../src/lib/personal.js';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { type MemberHistory, memberWithHistory, NAME, PHONE, SCORE_PARTS } from './privacy-fixtures.js';

const TABLES = ['members', 'api_keys', 'claims', 'ledger_entries', 'audit_events', 'outbox'];
const KEY_FIELDS = [
  'createdAt',
  'expiresAt',
  'id',
  'lastUsedAt',
  'name',
  'prefix',
  'revokedAt',
  'role',
  'rotatedFrom',
  'scope',
];

describe("a member's rights: export of everything held", () => {
  let ctx: TestContext;
  let city: City;
  let h: MemberHistory;
  const exportAs = (key: string, id = h.member.id) =>
    call(ctx, key, { method: 'GET', url: `/v1/members/${id}/export` });

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    h = await memberWithHistory(ctx, city);
  });
  afterAll(async () => ctx?.close());

  it('exports profile, report-ins, claims, offers, ledger, keys and audit chain to the staff above the member', async () => {
    const res = await exportAs(city.keys.staffA1);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    expect(data.member).toMatchObject({
      id: h.member.id,
      name: NAME,
      phone: PHONE,
      personalDataMasked: false,
      gridId: city.gridA1.id,
      homeLat: 29.7012,
      homeLng: 116.0034,
      erasedAt: null,
    });
    expect(data.reportIns).toEqual([
      { communityId: city.communityA1.id, reportedAt: h.member.createdAt, leftAt: null },
    ]);
    expect(data.claims).toEqual([
      expect.objectContaining({
        id: h.claimId,
        order: { id: h.orderId, title: 'Visit Grandma Li', status: 'verified' },
        status: 'completed',
        hoursReported: 2,
        approvedHours: 2,
        note: 'Fetched the medicine',
      }),
    ]);
    expect(data.offers).toEqual([
      expect.objectContaining({
        id: h.offerId,
        orderId: h.orderId,
        status: 'declined',
        declineReason: 'busy',
        scoreParts: SCORE_PARTS,
      }),
    ]);
    // errand: multiplier 1, base rate 10 points an hour.
    expect(data.ledger.balance).toEqual({ points: 20, hours: 2 });
    expect(data.ledger.entries).toEqual([
      expect.objectContaining({
        kind: 'credit',
        points: 20,
        hours: 2,
        claimId: h.claimId,
        orderId: h.orderId,
      }),
    ]);
    expect(data.apiKeys).toHaveLength(2);
    expect(data.apiKeys.map((k: { id: string }) => k.id)).toContain(h.appKeyId);
    for (const k of data.apiKeys) {
      expect(Object.keys(k).sort()).toEqual(KEY_FIELDS);
      expect(k).toMatchObject({ role: 'member', scope: { memberId: h.member.id }, revokedAt: null });
    }
    const { rows: hashes } = await ctx.database.pool.query(
      'select secret_hash from api_keys where scope_member_id = $1',
      [h.member.id],
    );
    for (const { secret_hash } of hashes) expect(res.body).not.toContain(secret_hash);
    expect(data.auditEvents[0]).toMatchObject({
      seq: 1,
      action: 'member.created',
      after: { name: maskName(NAME), phone: maskPhone(PHONE) },
    });
  });

  it('exports to admins, officers above the community and the member itself, and audits every export', async () => {
    const count = async () =>
      (
        await ctx.database.pool.query(
          "select count(*)::int as n from audit_events where entity_id = $1 and action = 'member.exported'",
          [h.member.id],
        )
      ).rows[0].n;
    const before = await count();
    for (const key of [city.keys.admin, city.keys.streetA, city.keys.districtOfficer, h.memberKey]) {
      const res = await exportAs(key);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().member).toMatchObject({ name: NAME, phone: PHONE });
    }
    expect(await count()).toBe(before + 4);
    const verify = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${h.member.id}`,
    });
    expect(verify.json()).toMatchObject({ ok: true, broken: [] });
  });

  it('answers 404 to a foreign community, the unit admin, ops and another member, changing nothing', async () => {
    const stranger = await createMember(ctx.database, {
      communityId: city.communityA1.id,
      unitId: city.unitA.id,
    });
    const strangerKey = await createKey(ctx.database, 'member', { memberId: stranger.id });
    const before = await countRows(ctx.database, TABLES);
    for (const key of [
      city.keys.staffB1,
      city.keys.streetB,
      city.keys.staffA2,
      city.keys.unitA,
      city.keys.ops,
      strangerKey,
    ]) {
      const res = await exportAs(key);
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().code).toBe('not_found');
      expect(res.body).not.toContain(PHONE);
    }
    expect((await exportAs(city.keys.admin, newId())).statusCode).toBe(404);
    expect(
      (await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/members/not-a-uuid/export' })).statusCode,
    ).toBe(400);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });
});
