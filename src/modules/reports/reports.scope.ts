import { eq, type SQL, sql } from 'drizzle-orm';
import { type AuthContext, regionInScope, requireRole, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { type Role, regions } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';

export interface ReportQuery {
  regionId?: string;
  from?: string;
  to?: string;
}

/** What a report covers: a region subtree (null: everywhere), maybe one unit, a period. */
export interface ReportScope {
  regionId: string | null;
  regionPath: string | null;
  unitId: string | null;
  from: Date | null;
  to: Date | null;
  /** Ops see figures, never personal data. */
  personalData: boolean;
  now: Date;
}

/**
 * Resolves the caller's report scope. A regionId outside the caller's subtree is 404 like any object
 * it may not know exists; without one, the caller's own region (everything for admins and global
 * ops). Unit admins get their own unit and nothing else.
 */
export async function reportScope(
  db: Db,
  auth: AuthContext,
  q: ReportQuery,
  opts: { roles: Role[]; now: Date },
): Promise<ReportScope> {
  requireRole(auth, ...opts.roles);
  const base = {
    from: q.from ? new Date(q.from) : null,
    to: q.to ? new Date(q.to) : null,
    personalData: auth.role !== 'ops',
    now: opts.now,
  };
  if (q.regionId) {
    const [region] = await db.select({ path: regions.path }).from(regions).where(eq(regions.id, q.regionId));
    if (!region || !regionInScope(auth, region.path)) throw Errors.notFound(`region ${q.regionId} not found`);
    return {
      ...base,
      regionId: q.regionId,
      regionPath: region.path,
      unitId: auth.role === 'unit_admin' ? auth.unitId : null,
    };
  }
  if (auth.role === 'unit_admin') {
    if (!auth.unitId) throw Errors.forbidden('this unit admin key names no unit');
    return { ...base, regionId: null, regionPath: null, unitId: auth.unitId };
  }
  if (seesEverything(auth)) return { ...base, regionId: null, regionPath: null, unitId: null };
  if (!auth.regionPath) throw Errors.forbidden('this key is scoped to no region');
  return { ...base, regionId: auth.regionId, regionPath: auth.regionPath, unitId: null };
}

/** `column LIKE '<path>%'` (an index range scan under text_pattern_ops), or true for everywhere. */
export const inRegion = (s: ReportScope, column: SQL): SQL =>
  s.regionPath === null ? sql`true` : sql`${column} like ${`${s.regionPath}%`}`;

/** Half-open period [from, to) on a timestamp column. */
export function inPeriod(s: ReportScope, column: SQL): SQL {
  const parts: SQL[] = [sql`true`];
  if (s.from) parts.push(sql`${column} >= ${s.from.toISOString()}::timestamptz`);
  if (s.to) parts.push(sql`${column} < ${s.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` and `);
}

export const pct = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null;
export const round = (v: number | string | null, digits = 2): number | null =>
  v === null ? null : Math.round(Number(v) * 10 ** digits) / 10 ** digits;

/**
 * The units a region deals with: those sitting in it and those paired with one of its communities
 * today. Each with its expected members and how many of its active members report in somewhere now.
 */
export function unitsOfScope(s: ReportScope): SQL {
  const today = s.now.toISOString().slice(0, 10);
  const unit = s.unitId === null ? sql`true` : sql`u.id = ${s.unitId}`;
  const region =
    s.regionPath === null
      ? sql`true`
      : sql`(exists (select 1 from regions r where r.id = u.region_id and ${inRegion(s, sql`r.path`)})
          or exists (select 1 from pairings pa join regions c on c.id = pa.community_id
                      where pa.unit_id = u.id and ${inRegion(s, sql`c.path`)}
                        and pa.valid_from <= ${today}::date and (pa.valid_to is null or pa.valid_to >= ${today}::date)))`;
  return sql`select u.id, u.name, u.expected_members,
      (select count(*) from members m where m.unit_id = u.id and m.community_id is not null and m.status = 'active')::int as reported_in
    from units u where ${unit} and ${region}`;
}

/**
 * Runs one report query in a read-only transaction tuned for aggregates: JIT compilation costs more
 * (≈100 ms) than it saves on sub-second queries, and sorts of a few hundred thousand rows should stay
 * in memory instead of spilling to disk.
 */
export async function reportRows(db: Db, query: SQL): Promise<Record<string, unknown>[]> {
  return transaction(
    db,
    async (tx) => {
      await tx.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
      return (await tx.execute(query)).rows as Record<string, unknown>[];
    },
    { accessMode: 'read only' },
  );
}
