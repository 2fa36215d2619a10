import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, createCity, createKey } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { insertOrder } from './ledger-fixtures.js';

const T0 = new Date('2026-03-10T08:00:00Z');
const PERIOD = `from=${encodeURIComponent('2026-03-01T00:00:00Z')}&to=${encodeURIComponent('2026-04-01T00:00:00Z')}`;
/** Members reporting in to street A's two communities. */
const IN_STREET_A = 2_400;
/** Members of street B's community who claimed on orders of street A. */
const CLAIMED_FROM_B = 60;

/** CSV of plain cells (no quoting needed: masked names, ids, numbers) as objects by header. */
function parse(body: string): Record<string, string>[] {
  const [header, ...lines] = body.trimEnd().split('\n');
  const keys = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}

interface Row {
  memberId: string;
  name?: string;
  hours: number;
  claims: number;
  points: number;
}

/**
 * The members report of a street with a few thousand members: the JSON in pages, the CSV whole.
 * Members are written with generate_series and random UUIDs, so id order has nothing to do with the
 * order they were written in or with their hours.
 */
describe('members report: pages and a streamed CSV', () => {
  let ctx: TestContext;
  let city: City;
  let expected: string[];

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const { pool } = ctx.database;
    const member = (community: string, n: number, tag: string) =>
      pool.query(
        `insert into members (id, name, phone, community_id, unit_id)
         select gen_random_uuid(), $2 || ' ' || i, '137' || lpad((i + $3)::text, 8, '0'), $1, null
           from generate_series(1, $4::int) i`,
        [community, `Member ${tag}`, tag === 'B' ? 50_000 : tag === 'A1' ? 0 : 10_000, n],
      );
    await member(city.communityA1.id, IN_STREET_A / 2, 'A1');
    await member(city.communityA2.id, IN_STREET_A / 2, 'A2');
    await member(city.communityB1.id, CLAIMED_FROM_B + 40, 'B');
    const order = await insertOrder(ctx.database, { community: city.communityA1, createdAt: T0 });
    // 60 of street B's members claimed in street A, and 300 of street A's own, with various hours.
    await pool.query(
      `insert into claims (id, order_id, member_id, status, hours_reported, approved_hours, created_at, completed_at)
       select gen_random_uuid(), $1, m.id, 'completed', (row_number() over (order by m.id)) % 7 + 1,
              (row_number() over (order by m.id)) % 7 + 1, $2, $2
         from ((select id from members where community_id = $3 order by id limit $4)
               union all
               (select id from members where community_id = $5 order by id limit 300)) m`,
      [order.id, T0, city.communityB1.id, CLAIMED_FROM_B, city.communityA1.id],
    );
    const { rows } = await pool.query<{ id: string }>(
      `select m.id from members m join regions r on r.id = m.community_id where r.path like $1
       union select member_id from claims
       order by 1`,
      [`${city.streetA.path}%`],
    );
    expected = rows.map((r) => r.id);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const get = (key: string, url: string, headers: Record<string, string> = {}) =>
    call(ctx, key, { method: 'GET', url, headers });

  /** Every page of the JSON report, walked by nextCursor. */
  async function walk(key: string, limit: number) {
    const pages: { rows: Row[]; nextCursor: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const r = await get(
        key,
        `/v1/reports/members?${PERIOD}&regionId=${city.streetA.id}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(r.statusCode).toBe(200);
      const page = r.json() as { rows: Row[]; nextCursor: string | null };
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 1_000);
    return pages;
  }

  it('walks every member of the street once, in id order, with the figures of the whole report', async () => {
    expect(expected).toHaveLength(IN_STREET_A + CLAIMED_FROM_B);
    const pages = await walk(city.keys.streetA, 173);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.memberId));
    expect(ids).toEqual(expected);
    expect(pages).toHaveLength(Math.ceil(expected.length / 173));
    for (const p of pages.slice(0, -1)) expect(p.rows).toHaveLength(173);
    expect(pages.at(-1)?.nextCursor).toBeNull();

    // Each page's figures are those of the whole report, which the CSV gives in one piece.
    const csv = await get(city.keys.streetA, `/v1/reports/members?${PERIOD}&regionId=${city.streetA.id}`, {
      accept: 'text/csv',
    });
    const whole = new Map(parse(csv.body).map((r) => [r.member_id, r]));
    expect(whole.size).toBe(expected.length);
    for (const row of pages.flatMap((p) => p.rows)) {
      const c = whole.get(row.memberId);
      expect([row.name, row.claims, row.hours, row.points]).toEqual([
        c?.name,
        Number(c?.claims),
        Number(c?.hours),
        Number(c?.points),
      ]);
    }
    expect(pages.flatMap((p) => p.rows).reduce((n, r) => n + r.hours, 0)).toBe(
      [...whole.values()].reduce((n, r) => n + Number(r.hours), 0),
    );
  });

  it('pages of one row and of the largest size walk the same set', async () => {
    const ops = await createKey(ctx.database, 'ops');
    const big = await walk(ops, 1_000);
    expect(big.map((p) => p.rows.length)).toEqual([1_000, 1_000, expected.length - 2_000]);
    expect(big.flatMap((p) => p.rows.map((r) => r.memberId))).toEqual(expected);
    for (const r of big[0]!.rows) expect(r).not.toHaveProperty('name');
    const first = await get(ops, `/v1/reports/members?${PERIOD}&regionId=${city.streetA.id}&limit=1`);
    expect(first.json().rows.map((r: Row) => r.memberId)).toEqual([expected[0]]);
  });

  it('streams the CSV whole, most hours first, without a length known in advance', async () => {
    const r = await get(city.keys.streetA, `/v1/reports/members?${PERIOD}&regionId=${city.streetA.id}`, {
      accept: 'text/csv',
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-length']).toBeUndefined();
    const rows = parse(r.body);
    expect(rows).toHaveLength(expected.length);
    const hours = rows.map((x) => Number(x.hours));
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    expect(hours[0]).toBe(7);
    expect(new Set(rows.map((x) => x.member_id)).size).toBe(expected.length);
  });

  it('refuses a cursor it did not hand out and a limit out of range', async () => {
    const url = `/v1/reports/members?regionId=${city.streetA.id}`;
    for (const [q, path] of [
      ['&cursor=bm90LWEtY3Vyc29y', 'querystring.cursor'],
      ['&limit=0', 'querystring.limit'],
      ['&limit=1001', 'querystring.limit'],
    ]) {
      const r = await get(city.keys.streetA, `${url}${q}`);
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('validation_failed');
      expect(r.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
  });
});
