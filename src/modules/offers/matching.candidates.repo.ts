/**
 * The matcher's candidate read: the members who may be offered an order, chosen and ranked in
 * Postgres, so that a wave reads the few it may offer instead of everyone in reach.
 *
 * The score (src/domain/match-score.ts, the spec) is computed here with the same formula, in the
 * same order of float operations. Every part but pendingElsewhere comes from the member's row (its
 * claim history is kept on it by the claims triggers; its recent hours are read from its claims only
 * when it completed work in the last 30 days), so its score without that penalty, its `bound`, costs
 * the read of its row and is never below its score. The best bounds are then checked (offered this
 * order before, a live claim on it, a clash in its window) and their pending offers elsewhere
 * counted. The read is complete when the need-th best score checked beats by a margin every bound
 * left unchecked, and the bound of every member not read at all; otherwise the caller reads again,
 * wider (see attemptsFor).
 *
 * What comes back is every checked candidate whose score is within the margin of the need-th best,
 * with the features the score reads: the caller ranks them with match-score.ts and takes `need`.
 * While the two computations of a score differ by less than half the margin (they may differ in the
 * last bits of the trigonometry; test/integration/matching-score-sql.test.ts), that is the ranking
 * of every candidate by match-score.ts, cut at `need`.
 */
import { type SQL, sql } from 'drizzle-orm';
import { alias, claimLive, claimTakesCapacity } from '../../db/predicates.js';
import { DISTANCE_HALF_M, FAIRNESS_HALF_HOURS, SCORE_WEIGHTS } from '../../domain/match-score.js';
import { inReachSets, reachSets } from '../orders/reach.repo.js';

/** Hours of work completed within this many days count as recent (the fairness part). */
const RECENT_DAYS = 30;
/**
 * Pending offers elsewhere counted per candidate, at most: the score part hardly moves past it
 * (3 of them weigh 0.75 of the part), and the count reads at most this many index entries
 * (offers_member_pending_idx), however many offers a member has open.
 */
const PENDING_COUNTED = 3;
/** Scores closer than this to the need-th best are returned for the caller to rank. */
const MARGIN = 1e-9;
/** The sphere of src/domain/geo.ts. */
const EARTH_RADIUS_M = 6_371_008.8;

/**
 * How widely one read looks. `local`: every member in reach, through the member indexes by community
 * and by unit. `near`: the `nearest` members closest to the order who may be offered it (available
 * and in reach), found among the `scan` members with a home closest to it (the SP-GiST index over
 * homes, nearest first, stopping as soon as `nearest` are found), with every member in reach who
 * lives in the order's grid or has no home.
 * `checked`: how many of the best bounds are checked, per offer of the wave and in all (null: all).
 */
export type Checked = { perOffer: number; plus: number } | null;
export type Attempt =
  | { mode: 'local'; checked: Checked }
  | { mode: 'near'; nearest: number; scan: number; checked: Checked };

/**
 * The attempts of one read, cheapest first, each wider than the last; the last is always complete.
 * An order in its own community has a few thousand members in reach at most: all are read. An
 * escalated order reaches a street or a district: the members nearest to it are read first.
 */
export function attemptsFor(
  order: {
    escalationLevel: number;
    lat: number | null;
    lng: number | null;
    requiredSkills: string[];
  },
  /** The offers the wave needs: the farther its need-th best lives, the farther a walk must go. */
  need: number,
): Attempt[] {
  // The first read checks 4 bounds per offer: while offers are out on other orders, the best bounds
  // are often members whose pending offers lower their score, and a narrower check would prove
  // nothing and read again (a quarter of the waves at 50 orders/s in the dispatch bench).
  const local: Attempt[] = [
    { mode: 'local', checked: { perOffer: 4, plus: 32 } },
    { mode: 'local', checked: { perOffer: 16, plus: 256 } },
    { mode: 'local', checked: null },
  ];
  if (order.escalationLevel === 0 || order.lat === null || order.lng === null) return local;
  // Members who may take an order needing no skill live closer together than those holding a
  // given skill: the same radius holds more of them. A wave of more than 6 offers walks farther.
  const first = (order.requiredSkills.length === 0 ? 2_000 : 1_000) * Math.max(1, need / 6);
  return [
    { mode: 'near', nearest: first, scan: 8_000, checked: { perOffer: 2, plus: 16 } },
    { mode: 'near', nearest: 2.5 * first, scan: 25_000, checked: { perOffer: 4, plus: 64 } },
    { mode: 'near', nearest: 10 * first, scan: 100_000, checked: { perOffer: 4, plus: 64 } },
    ...local.slice(1),
  ];
}

const f = (n: number) => sql.raw(`${n}::float8`);
const int = (n: number) => sql.raw(String(Math.trunc(n)));
const W = SCORE_WEIGHTS;

/** geo.ts's haversine distanceM, in metres, from the order `q`'s location to the member `m`'s home. */
const metres = (q: string, m: string): SQL => {
  const dLat = `(((${m}.home_lat - ${q}.lat) * pi()) / 180)`;
  const dLng = `(((${m}.home_lng - ${q}.lng) * pi()) / 180)`;
  return sql.raw(`(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1, sqrt(
    sin(${dLat} / 2) * sin(${dLat} / 2)
    + cos((${q}.lat * pi()) / 180) * cos((${m}.home_lat * pi()) / 180) * sin(${dLng} / 2) * sin(${dLng} / 2)))))`);
};

const distancePartOf = (d: SQL): SQL => sql`(1 / (1 + greatest(0, ${d}) / ${f(DISTANCE_HALF_M)}))`;

/** What the score reads of a member `m`, and what the pool hands on: the score costs no second read of the row. */
const SCORED_COLUMNS = [
  'id',
  'unit_id',
  'grid_id',
  'skills',
  'home_lat',
  'home_lng',
  'completions',
  'withdrawals',
  'no_shows',
  'last_completed_at',
];
const scoredOf = (m: string) => sql.raw(SCORED_COLUMNS.map((c) => `${m}.${c}`).join(', '));

/** The member `m`: active, holding every required skill, available, with spare capacity (reach is tested apart). */
const availableAt = (m: string) =>
  sql.raw(`(${m}.status = 'active' and ${m}.skills @> q.required_skills and ${m}.available
  and ${m}.active_claims < ${m}.max_active_claims)`);
const available = availableAt('m');
/** Available and in reach of `q`. */
const eligible = sql`(${available} and ${inReachSets('m', 'q')})`;

/** The pool (the CTE `pool`: the rows of SCORED_COLUMNS), the CTEs it needs, and the bound of what it leaves out. */
function poolOf(a: Attempt): { ctes: SQL; pool: SQL; unread: SQL } {
  if (a.mode === 'local') {
    // Members of the communities, then members of the units who report in elsewhere: each through
    // its covering index (members_community_idx, members_unit_idx), which holds every column read
    // here, so that a community's members are read from a few index pages rather than a heap page
    // each (a city's members are not stored by community).
    return {
      ctes: sql``,
      pool: sql`select m.* from q cross join lateral (select ${scoredOf('m')} from members m
          where m.community_id = any(q.communities) and ${available}) m
        union all select m.* from q cross join lateral (select ${scoredOf('m')} from members m
          where m.unit_id = any(q.units) and ${available}
            and not coalesce(m.community_id = any(q.communities), false)) m`,
      unread: sql`null::float8`,
    };
  }
  // The `nearest` members with a home who may be offered the order, nearest first in (lat, lng)
  // degrees: the SP-GiST index over homes is walked from the order outwards (at most `scan` members)
  // and stops at the `nearest`-th one available and in reach, so a read costs the radius that holds
  // them, not the members read. Reach is tested against hashed sets (a district has hundreds of
  // communities). Every eligible member left unread either lives in the order's grid or lacks a home
  // (those are read through their own indexes), or lives at least as many degrees away as the
  // farthest one read (the walk passed nobody eligible); unreadMetres turns that into metres on the
  // sphere. When the walk found nobody, nothing is known of those left.
  const availableX = availableAt('x');
  return {
    ctes: sql`reach_communities as (select unnest(q.communities) as id from q),
      reach_units as (select unnest(q.units) as id from q),
      nearest as (select k.* from q cross join lateral (
        select x.* from (
          select ${scoredOf('m')}, m.status, m.available, m.active_claims, m.max_active_claims, m.community_id,
            point(m.home_lat, m.home_lng) <-> point(q.lat, q.lng) as degrees
            from members m where m.home_lat is not null and m.home_lng is not null
           order by point(m.home_lat, m.home_lng) <-> point(q.lat, q.lng)
           limit ${int(a.scan)}) x
         where ${availableX}
           and (x.community_id in (select id from reach_communities) or x.unit_id in (select id from reach_units))
         limit ${int(a.nearest)}) k),`,
    pool: sql`select ${scoredOf('m')} from nearest m
      union select m.* from q cross join lateral (
        select ${scoredOf('m')} from members m where m.grid_id = q.grid_id and ${eligible}) m
      union select m.* from q cross join lateral (
        select ${scoredOf('m')} from members m where (m.home_lat is null or m.home_lng is null) and ${eligible}) m`,
    // An order without a location is everyone's unknown distance away: a read by distance proves nothing.
    unread: sql`(select case when q.lat is null or q.lng is null or count(*) = 0 then 'infinity'::float8
        else ${f(W.skillFit)} * (case when q.required_n = 0 then 0.5::float8 else 1::float8 end)
          + ${f(W.distance)} * ${distancePartOf(unreadMetres(sql`max(n.degrees)`))} + ${f(W.fairness)} + ${f(W.reliability)} + ${f(MARGIN)}
        end from nearest n)`,
  };
}

/**
 * How near the order `q` a member at least `d` degrees from it in (lat, lng) can be, in metres on
 * geo.ts's sphere (less a hair for rounding). With a² + s² = 1: either the latitudes differ by a·d
 * or more, and the central angle is at least that; or the longitudes differ by s·d or more while the
 * member's latitude is within a·d of the order's, and the haversine gives at least
 * 2 asin(√(cos φ · cos(|φ| + a·d)) · sin(s·d / 2)). a = cos φ / √(1 + cos² φ) balances the two.
 * Near a pole or the antimeridian, where that does not hold, nothing is known (0 m).
 */
export function unreadMetres(d: SQL): SQL {
  const rad = sql`(${d} * pi() / 180)`;
  const phi = sql`(q.lat * pi() / 180)`;
  const a = sql`(cos(${phi}) / sqrt(1 + cos(${phi}) * cos(${phi})))`;
  const s = sql`(1 / sqrt(1 + cos(${phi}) * cos(${phi})))`;
  return sql`(case when abs(q.lat) + ${a} * ${d} >= 90 or abs(q.lng) + ${s} * ${d} >= 180 then 0::float8
    else ${f(EARTH_RADIUS_M)} * ${f(1 - 1e-9)} * least(${a} * ${rad},
      2 * asin(least(1, sqrt(cos(${phi}) * cos(abs(${phi}) + ${a} * ${rad})) * sin(${s} * ${rad} / 2)))) end)`;
}

export interface CandidateQuery {
  /** The order's wave size, as SQL over the order row `o`. */
  need: SQL;
  /** When the order `o` is read for candidates at all, as SQL over `o`. */
  when: SQL;
  now: Date;
  pendingWeight: number;
  attempt: Attempt;
}

/**
 * The CTEs of a candidate read (after a CTE `o` holding the order's row), ending in `found`: one row
 * (none when `when` is false) of `candidates` (json rows with the features the score reads) and
 * `complete`.
 */
export function candidateCtes({ need, when, now, pendingWeight, attempt }: CandidateQuery): SQL {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const at = sql`(select ${now}::timestamptz)`;
  const after = sql`(select ${since}::timestamptz)`;
  const { ctes, pool, unread } = poolOf(attempt);
  const c = alias('c');
  // How many of the best bounds are checked, and the rank of the best left unchecked.
  const checked = attempt.checked;
  const limit = checked && sql`(select need * ${int(checked.perOffer)} + ${int(checked.plus)} from q)`;
  const firstUnchecked = limit ? sql`${limit} + 1` : sql`0`;
  return sql`
  q as (
    select o.id, o.required_skills, o.grid_id, o.lat, o.lng, o.window_starts_at, o.window_ends_at,
      (select count(distinct s) from unnest(o.required_skills) s)::int as required_n,
      (${need})::int as need, r.communities, r.units,
      array(select f.member_id from offers f where f.order_id = o.id) as offered
    from o cross join lateral ${reachSets('o', now)} r
    where ${when}),
  ${ctes}
  pool as (${pool}),
  scored as (
    select m.id, m.unit_id, m.grid_id, m.skills, m.home_lat, m.home_lng, m.completions, m.withdrawals,
      m.no_shows, h.recent_hours,
      ${f(W.skillFit)} * (case when q.required_n = 0 then 0.5::float8 else (
          select case when sk.n = q.required_n then 1::float8 else (0.8::float8 * q.required_n) / sk.n end
            from (select count(distinct s)::int as n from unnest(m.skills) s) sk) end)
      + ${f(W.distance)} * (case when q.lat is null or q.lng is null or m.home_lat is null or m.home_lng is null
          then 0.5::float8 else ${distancePartOf(metres('q', 'm'))} end)
      + ${f(W.fairness)} * (1 / (1 + greatest(0, h.recent_hours) / ${f(FAIRNESS_HALF_HOURS)}))
      + ${f(W.reliability)} * ((greatest(0, m.completions) + 3)::float8
          / ((greatest(0, m.completions) + 3) + (greatest(0, m.withdrawals) + 2 * greatest(0, m.no_shows) + 1)))
      + ${f(W.sameGrid)} * (case when q.grid_id is not null and m.grid_id = q.grid_id then 1::float8 else 0::float8 end)
        as bound
    from q cross join pool m
    cross join lateral (select case when m.last_completed_at >= ${after} then (
        select coalesce(sum(c.approved_hours) filter (where c.status = 'completed' and c.completed_at >= ${after}), 0)::float8
          from claims c where c.member_id = m.id) else 0::float8 end as recent_hours) h),
  top as (
    select s.*, row_number() over (order by s.bound desc, s.id) as rn
      from (select * from scored order by bound desc, id ${limit ? sql`limit ${limit} + 1` : sql``}) s),
  checked as (
    select t.*, pe.n as pending_elsewhere, t.bound - ${f(pendingWeight)} * (pe.n::float8 / (pe.n + 1)) as score
      from q cross join top t
      cross join lateral (select count(*)::int as n from (select 1 from offers p
        where p.member_id = t.id and p.status = 'pending' and p.expires_at > ${at} and p.order_id <> q.id
        limit ${int(PENDING_COUNTED)}) p) pe
     where ${limit ? sql`t.rn <= ${limit}` : sql`true`}
       and t.id <> all(q.offered)
       and not exists (select 1 from claims c where c.order_id = q.id and c.member_id = t.id and ${claimLive(c)})
       and (q.window_starts_at is null or not exists (
         select 1 from claims c join orders x on x.id = c.order_id
          where c.member_id = t.id and ${claimTakesCapacity(c)} and x.id <> q.id
            and x.window_starts_at < q.window_ends_at and x.window_ends_at > q.window_starts_at))),
  kth as (
    select ch.score from checked ch order by ch.score desc, ch.id
    offset greatest(0, (select need from q) - 1) limit 1),
  found as (
    select (select coalesce(json_agg(json_build_object(
          'id', ch.id, 'unit_id', ch.unit_id, 'grid_id', ch.grid_id, 'skills', ch.skills,
          'home_lat', ch.home_lat, 'home_lng', ch.home_lng, 'recent_hours', ch.recent_hours,
          'completions', ch.completions, 'withdrawals', ch.withdrawals, 'no_shows', ch.no_shows,
          'pending_elsewhere', ch.pending_elsewhere, 'score', ch.score) order by ch.score desc, ch.id), '[]'::json)
          from checked ch
         where not exists (select 1 from kth) or ch.score >= (select score from kth) - ${f(MARGIN)}) as candidates,
      (case when exists (select 1 from kth)
        then (select score from kth) - ${f(MARGIN)} > coalesce(greatest(
          (select bound from top where rn = ${firstUnchecked}), ${unread}), '-infinity'::float8)
        else (select bound from top where rn = ${firstUnchecked}) is null
          and ${unread} is null end) as complete
    from q)`;
}
