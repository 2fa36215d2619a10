/** The evaluations' statements: the three rates per region or unit, the league of escalation answers, the weights. */
import { desc, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { evaluationWeights, type UnitScoreWeights } from '../../db/schema/index.js';
import { inRegion, type ReportScope, reportRows } from '../reports/reports.repo.js';

/** Two adjacent periods: the one evaluated and the one before it, for the change in rank. */
export interface Periods {
  previousFrom: Date;
  from: Date;
  to: Date;
}

/** Calendar periods in a time zone (a month or a year there), as instants; Postgres knows the zones. */
export async function zonedPeriods(
  db: Db,
  p: { previousStart: string; start: string; end: string; timeZone: string },
): Promise<Periods> {
  const { rows } = await execute<{ previous_from: Date; from: Date; to: Date }>(
    db,
    sql`select ${p.previousStart}::timestamp at time zone ${p.timeZone} as previous_from,
               ${p.start}::timestamp at time zone ${p.timeZone} as "from",
               ${p.end}::timestamp at time zone ${p.timeZone} as "to"`,
  );
  const r = rows[0]!;
  return { previousFrom: r.previous_from, from: r.from, to: r.to };
}

/** The counts behind the three rates of one region or unit in one of the two periods. */
export interface RateCounts {
  key: string;
  current: boolean;
  published: number;
  responseDue: number;
  responded: number;
  resolutionDue: number;
  resolved: number;
  rated: number;
  satisfied: number;
}

const countsOf = (r: Record<string, unknown>): RateCounts => ({
  key: String(r.key),
  current: r.current === true,
  published: Number(r.published),
  responseDue: Number(r.response_due),
  responded: Number(r.responded),
  resolutionDue: Number(r.resolution_due),
  resolved: Number(r.resolved),
  rated: Number(r.rated),
  satisfied: Number(r.satisfied),
});

const published = (p: Periods) =>
  sql`o.published_at >= ${p.previousFrom.toISOString()}::timestamptz and o.published_at < ${p.to.toISOString()}::timestamptz`;

/**
 * The three rates' counts over `orders o` (cancelled orders left out), `respondedInTime` saying what
 * counts as a response in time (`o.claim_breached_at`: when the order first missed its claim-by):
 * - response: claim-by decided (the order left `open`, or its claim-by passed) → in time;
 * - resolution: due (verified, or complete-by passed) → verified without a reopen;
 * - satisfaction: rated → rated 4 or 5.
 */
function rateCounts(p: Periods, now: Date, respondedInTime: SQL): SQL {
  const due = sql`(o.status <> 'open' or o.claim_by is null or o.claim_by <= ${now.toISOString()}::timestamptz)`;
  return sql`(o.published_at >= ${p.from.toISOString()}::timestamptz) as current,
       count(*)::int as published,
       count(*) filter (where ${due})::int as response_due,
       count(*) filter (where ${due} and ${respondedInTime})::int as responded,
       count(*) filter (where o.status = 'verified' or o.complete_by <= ${now.toISOString()}::timestamptz)::int as resolution_due,
       count(*) filter (where o.status = 'verified' and o.reopen_count = 0)::int as resolved,
       count(o.rating)::int as rated,
       count(*) filter (where o.rating >= 4)::int as satisfied`;
}

/**
 * The counts per region at a depth of the tree (1 district, 2 street, 3 community: the id at that
 * place of the region path) and period, for orders published in the two periods. The orders are
 * read once, by the covering `orders_published_idx` (an index-only scan: no row of the wide orders
 * table is fetched), folded per community, and the few community rows rolled up to the level.
 */
export async function regionRateCounts(
  db: Db,
  s: ReportScope,
  q: { depth: number; periods: Periods },
): Promise<RateCounts[]> {
  const inScope =
    s.regionPath === null
      ? sql`true`
      : sql`o.community_id = any(array(select id from regions where level = 'community' and ${inRegion(s, sql`path`)}))`;
  const sums = ['published', 'response_due', 'responded', 'resolution_due', 'resolved', 'rated', 'satisfied'];
  const rows = await reportRows(
    db,
    sql`with per_community as (
      select o.community_id, ${rateCounts(q.periods, s.now, sql`o.claim_breached_at is null`)}
        from orders o
       where ${published(q.periods)} and o.status <> 'cancelled' and ${inScope}
       group by 1, 2)
    select split_part(r.path, '/', ${q.depth}) as key, pc.current,
           ${sql.raw(sums.map((c) => `sum(pc.${c})::int as ${c}`).join(', '))}
      from per_community pc join regions r on r.id = pc.community_id
     group by 1, 2`,
  );
  return rows.map(countsOf);
}

/**
 * The counts per unit: the orders of the periods that the unit's members claimed (waitlist places
 * aside). A unit responded in time when its first claim came before the order's first claim breach.
 */
export async function unitRateCounts(db: Db, s: ReportScope, q: { periods: Periods }): Promise<RateCounts[]> {
  const rows = await reportRows(
    db,
    sql`with taken as (
      select m.unit_id, c.order_id, min(c.created_at) as first_claim
        from claims c join members m on m.id = c.member_id join orders o on o.id = c.order_id
       where m.unit_id is not null and c.status <> 'waitlisted' and ${published(q.periods)}
         and ${inRegion(s, sql`o.region_path`)}
       group by 1, 2)
    select t.unit_id as key,
           ${rateCounts(q.periods, s.now, sql`(o.claim_breached_at is null or t.first_claim <= o.claim_breached_at)`)}
      from taken t join orders o on o.id = t.order_id
     where o.status <> 'cancelled'
     group by 1, 2`,
  );
  return rows.map(countsOf);
}

/** What a region or unit is called, to list those without orders too. */
export interface Named {
  id: string;
  name: string;
}

/** The regions of a level in the scope's subtree. */
export async function regionsAtLevel(db: Db, s: ReportScope, level: string): Promise<Named[]> {
  const { rows } = await execute<Named>(
    db,
    sql`select r.id, r.name from regions r where r.level = ${level} and ${inRegion(s, sql`r.path`)}`,
  );
  return rows;
}

/** Units by id. */
export async function unitNames(db: Db, ids: string[]): Promise<Named[]> {
  if (ids.length === 0) return [];
  const { rows } = await execute<Named>(
    db,
    sql`select id, name from units where id = any(${sql.param(ids)}::uuid[])`,
  );
  return rows;
}

/** One unit's standing in the league of escalation answers. */
export interface AnswerFigures {
  unitId: string;
  unitName: string;
  unitKind: string;
  assigned: number;
  answered: number;
  answeredOnTime: number;
  rated: number;
  rating: number | null;
  resolvedAfter: number;
}

/**
 * Units assigned by escalation answers given in the period (escalations whose level lies in the
 * scope): how many assignments, how many they took up (a claim by the unit's members after the
 * answer), how many in time (before the order's next deadline breach after the answer), the
 * whistlers' rating of those answers, and orders verified after the answer.
 */
export async function answerFigures(db: Db, s: ReportScope, p: Periods): Promise<AnswerFigures[]> {
  const rows = await reportRows(
    db,
    sql`with assigned as (
      select e.id, e.order_id, a.unit_id, e.responded_at, e.answer_rating
        from escalations e cross join lateral unnest(e.assign_unit_ids) as a(unit_id)
       where e.responded_at >= ${p.from.toISOString()}::timestamptz and e.responded_at < ${p.to.toISOString()}::timestamptz
         and ${inRegion(s, sql`e.region_path`)}),
    answered as (
      select a.*,
        (select min(c.created_at) from claims c join members m on m.id = c.member_id
          where c.order_id = a.order_id and m.unit_id = a.unit_id and c.status <> 'waitlisted'
            and c.created_at >= a.responded_at) as first_claim,
        (select min(b.detected_at) from sla_breaches b
          where b.order_id = a.order_id and b.kind in ('claim', 'complete') and b.detected_at >= a.responded_at) as next_breach
        from assigned a)
    select a.unit_id, u.name as unit_name, u.kind as unit_kind,
           count(*)::int as assigned,
           count(a.first_claim)::int as answered,
           count(*) filter (where a.first_claim is not null and (a.next_breach is null or a.first_claim <= a.next_breach))::int as answered_on_time,
           count(a.answer_rating)::int as rated,
           avg(a.answer_rating)::float8 as rating,
           count(*) filter (where o.status = 'verified' and o.verified_at >= a.responded_at)::int as resolved_after
      from answered a join units u on u.id = a.unit_id join orders o on o.id = a.order_id
     group by 1, 2, 3`,
  );
  return rows.map((r) => ({
    unitId: String(r.unit_id),
    unitName: String(r.unit_name),
    unitKind: String(r.unit_kind),
    assigned: Number(r.assigned),
    answered: Number(r.answered),
    answeredOnTime: Number(r.answered_on_time),
    rated: Number(r.rated),
    rating: r.rating === null ? null : Number(r.rating),
    resolvedAfter: Number(r.resolved_after),
  }));
}

export type WeightsRow = typeof evaluationWeights.$inferSelect;

/** The weights in force: the latest version. */
export async function currentWeights(db: Db): Promise<WeightsRow> {
  const [row] = await db.select().from(evaluationWeights).orderBy(desc(evaluationWeights.version)).limit(1);
  return row!;
}

/** Every version, newest first. */
export function weightVersions(db: Db): Promise<WeightsRow[]> {
  return db.select().from(evaluationWeights).orderBy(desc(evaluationWeights.version));
}

/**
 * A new version after the latest; the latest row is locked first, so two changes at once make two
 * versions one after the other, never the same number twice.
 */
export async function addWeights(tx: Db, weights: UnitScoreWeights, createdBy: string): Promise<WeightsRow> {
  await execute(tx, sql`lock table evaluation_weights in share row exclusive mode`);
  const [row] = await tx
    .insert(evaluationWeights)
    .values({
      version: sql`(select coalesce(max(version), 0) + 1 from evaluation_weights)`,
      weights,
      createdBy,
    })
    .returning();
  return row!;
}
