import { type SQL, sql } from 'drizzle-orm';
import { type AuthContext, seesEverything } from '../../auth/scope.js';
import { alias, pairingValidOn } from '../../db/predicates.js';
import { orders } from '../../db/schema/index.js';

/*
 * Who an order reaches and who may see it, as SQL fragments over the aliases of the caller's
 * statement: the rules the order, claim and matching statements filter by.
 */

/**
 * The day of `now`, as a parameter the planner cannot see through (a one-row subquery): plans of
 * the statements using it do not depend on its value, so Postgres keeps one plan per prepared
 * statement instead of planning every execution again for the day's selectivity.
 */
const dayOf = (now: Date): SQL => sql`(select ${now.toISOString().slice(0, 10)}::date)`;

const communityReachable = (communityPath: string, o: string) => `(
  ${communityPath} like ${o}.region_path || '%'
  or (${o}.escalation_level >= 1 and ${communityPath} like substring(${o}.region_path from '^[^/]+/[^/]+/') || '%')
  or (${o}.escalation_level >= 2 and ${communityPath} like substring(${o}.region_path from '^[^/]+/') || '%'))`;

const unitReaches = (unit: SQL, o: string, today: SQL) => sql`(
  ${unit} = any(${sql.raw(o)}.target_unit_ids)
  or exists (select 1 from escalations e where e.order_id = ${sql.raw(o)}.id and ${unit} = any(e.assign_unit_ids))
  or ((${sql.raw(o)}.dispatch_mode <> 'targeted' or ${sql.raw(o)}.escalation_level >= 1) and exists (
    select 1 from pairings p join regions pc on pc.id = p.community_id
    where p.unit_id = ${unit} and ${pairingValidOn(alias('p'), today)}
      and ${sql.raw(communityReachable('pc.path', o))})))`;

/**
 * Who may take an order (the reach rule), as SQL over an order alias `o` and a member alias `m`. The reach widens
 * with the order's escalation level: level 0 the order's community, level 1 every community of its
 * street, level 2 every community of its district. A member is in reach when reported in to a
 * reachable community, or when their unit is paired (today) with one, named as a target, or
 * assigned by an escalation's officers. A targeted order that has not escalated reaches only the
 * named units (and units assigned to it).
 */
export function memberInReach(o: string, m: string, now: Date): SQL {
  const today = dayOf(now);
  return sql`(
    ((${sql.raw(o)}.dispatch_mode <> 'targeted' or ${sql.raw(o)}.escalation_level >= 1) and exists (
      select 1 from regions rc where rc.id = ${sql.raw(m)}.community_id and ${sql.raw(communityReachable('rc.path', o))}))
    or (${sql.raw(m)}.unit_id is not null and ${unitReaches(sql.raw(`${m}.unit_id`), o, today)}))`;
}

/**
 * The root of the regions an order at level `o.escalation_level` reaches: its own path (level 0),
 * its street's (level 1), its district's (level 2 and above), as in communityReachable (whose
 * wider prefixes hold the narrower ones).
 */
const reachRoot = (o: string) => `coalesce(case
  when ${o}.escalation_level >= 2 then substring(${o}.region_path from '^[^/]+/')
  when ${o}.escalation_level >= 1 then substring(${o}.region_path from '^[^/]+/[^/]+/') end, ${o}.region_path)`;

/**
 * The members in reach of the order `o` (a row of the enclosing query), as two arrays for the
 * caller's `from … cross join lateral (…) r`: `r.communities`, the regions whose members reported in
 * there are in reach, and `r.units`, the units whose members are. The same members as memberInReach:
 * a member is in reach when `community_id = any(r.communities) or unit_id = any(r.units)`, a filter
 * the member indexes by community and by unit answer (as arrays computed first, the planner sees
 * the values, not a subquery to join against every member).
 *
 * Paths are made of UUIDs and '/', every character below '~', so the regions under a root are those
 * whose path lies in [root, root || '~'): a range the path index reads; the LIKE is the same test.
 */
export function reachSets(o: string, now: Date): SQL {
  const today = dayOf(now);
  const O = sql.raw(o);
  const root = sql.raw(reachRoot(o));
  const open = sql`(${O}.dispatch_mode <> 'targeted' or ${O}.escalation_level >= 1)`;
  return sql`(
    select rs.communities, array(
        select unnest(${O}.target_unit_ids)
        union select unnest(e.assign_unit_ids) from escalations e where e.order_id = ${O}.id
        union select p.unit_id from pairings p
         where p.community_id = any(rs.communities) and ${pairingValidOn(alias('p'), today)}) as units
    from (select array(
        select rc.id from regions rc
         where ${open} and rc.path ~>=~ ${root} and rc.path ~<~ (${root} || '~')
           and rc.path like ${root} || '%')::uuid[] as communities) rs)`;
}

/** The member `m` is in the sets of reachSets (aliased `r`). */
export const inReachSets = (m: string, r: string): SQL =>
  sql.raw(`(${m}.community_id = any(${r}.communities) or ${m}.unit_id = any(${r}.units))`);

/**
 * The ids of the members in reach of the order `o` (a row of the enclosing query), as a subquery for
 * `join lateral (...) r on true`: the same members as memberInReach, found through the member
 * indexes (by community, then by unit) instead of testing every member in the city.
 */
export function membersInReach(o: string, now: Date): SQL {
  return sql`(select rm.id from ${reachSets(o, now)} rs
    cross join lateral (select rm.id from members rm where ${inReachSets('rm', 'rs')}) rm)`;
}

/** Eligible = in reach, active and holding every required skill. */
export function memberEligible(o: string, m: string, now: Date): SQL {
  return sql`(${sql.raw(m)}.status = 'active' and ${sql.raw(m)}.skills @> ${sql.raw(o)}.required_skills and ${memberInReach(o, m, now)})`;
}

/** Orders a unit can see: those in its reach, and those its members hold claims or offers on. */
export function unitSeesOrder(o: string, unitId: string, now: Date): SQL {
  const today = dayOf(now);
  return sql`(${unitReaches(sql`${unitId}::uuid`, o, today)}
    or exists (select 1 from claims cl join members cm on cm.id = cl.member_id where cl.order_id = ${sql.raw(o)}.id and cm.unit_id = ${unitId})
    or exists (select 1 from offers uo join members om on om.id = uo.member_id where uo.order_id = ${sql.raw(o)}.id and om.unit_id = ${unitId}))`;
}

/**
 * Which orders a key may see, as a filter over `orders` (undefined: all). Staff and officers see
 * their region subtree; a unit sees what it can take or holds; a member what it can take, holds
 * or was offered.
 */
export function orderVisibility(auth: AuthContext, now: Date): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  switch (auth.role) {
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath ? sql`${orders.regionPath} like ${`${auth.regionPath}%`}` : sql`false`;
    case 'unit_admin':
      return auth.unitId ? unitSeesOrder('orders', auth.unitId, now) : sql`false`;
    case 'member':
      return auth.memberId
        ? sql`(exists (select 1 from members vm where vm.id = ${auth.memberId} and ${memberInReach('orders', 'vm', now)})
            or exists (select 1 from claims vc where vc.order_id = orders.id and vc.member_id = ${auth.memberId})
            or exists (select 1 from offers vo where vo.order_id = orders.id and vo.member_id = ${auth.memberId}))`
        : sql`false`;
    default:
      return sql`false`;
  }
}
