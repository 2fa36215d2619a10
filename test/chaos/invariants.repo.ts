import type pg from 'pg';

/**
 * The soak's invariants in SQL. Each statement answers the rows that break its invariant (at most
 * 20 of them, as examples): no row, the invariant held.
 */
export interface SqlInvariant {
  name: string;
  sql: string;
}

const SLOT_HOLDING = "('held','checked_in','completed')";
const CAPACITY_TAKING = "('held','checked_in')";

/**
 * $1: the ids of every order the API answered 201 to. The only other orders are the household visits
 * the visit sweep publishes from the seeded pairings, each written with its `visits` row.
 */
export const ordersAnswered: SqlInvariant = {
  name: 'every order answered 201 exists, and no other but the published visits',
  sql: `
    select 'missing' as problem, a.id from unnest($1::uuid[]) as a(id)
      where not exists (select 1 from orders o where o.id = a.id)
    union all
    select 'not answered 201', o.id from orders o where o.id <> all($1::uuid[])
      and not exists (select 1 from visits v where v.order_id = o.id)
    limit 20`,
};

export const slotsOnce: SqlInvariant = {
  name: "no slot held twice; slots_held is the order's slot-holding claims",
  sql: `
    select 'order' as problem, o.id, o.headcount, o.slots_held, count(c.id) as holding
      from orders o left join claims c on c.order_id = o.id and c.status in ${SLOT_HOLDING}
      group by o.id having count(c.id) > o.headcount or count(c.id) <> o.slots_held
    union all
    select 'member twice on one order', c.order_id, null, null, count(*)
      from claims c where c.status in ${SLOT_HOLDING} group by c.order_id, c.member_id having count(*) > 1
    limit 20`,
};

export const capacityCounters: SqlInvariant = {
  name: "every member's active-claim counter equals its live claims",
  sql: `
    select m.id, m.active_claims, count(c.id) as live
      from members m left join claims c on c.member_id = m.id and c.status in ${CAPACITY_TAKING}
      group by m.id having m.active_claims <> count(c.id)
    limit 20`,
};

export const creditedOnce: SqlInvariant = {
  name: 'no claim credited twice',
  sql: `
    select claim_id, account_type, count(*) from ledger_entries where kind = 'credit'
      group by claim_id, account_type having count(*) > 1
    limit 20`,
};

export const ledgerBalanced: SqlInvariant = {
  name: "the ledger sums to zero and every balance is its entries' sum",
  sql: `
    select 'transaction' as problem, txn_id::text as id, sum(points) as points from ledger_entries
      group by txn_id having sum(points) <> 0
    union all
    select 'all entries', null, sum(points) from ledger_entries having coalesce(sum(points), 0) <> 0
    union all
    select 'balance ' || a.account_type, a.account_id::text, a.points - coalesce(sum(e.points), 0)
      from ledger_accounts a
      left join ledger_entries e on e.account_type = a.account_type and e.account_id = a.account_id
      group by a.account_type, a.account_id, a.points having a.points <> coalesce(sum(e.points), 0)
    limit 20`,
};

export const noNegativeBalance: SqlInvariant = {
  name: 'no negative balance',
  sql: `
    select account_type, account_id, points from ledger_accounts
      where account_type <> 'community' and points < 0
    limit 20`,
};

/**
 * $1: seconds of grace. A claim or completion deadline still live (the order open, or not yet done)
 * that passed more than $1 s ago without a breach recorded for that very deadline; an escalation
 * still open more than $1 s after its respond-by.
 */
export const deadlinesBreached: SqlInvariant = {
  name: 'no passed deadline without its breach',
  sql: `
    select 'claim' as kind, o.id, o.claim_by as deadline from orders o
      where o.status = 'open' and o.claim_by < now() - make_interval(secs => $1)
        and not exists (select 1 from sla_breaches b
                        where b.order_id = o.id and b.kind = 'claim' and b.deadline = o.claim_by)
    union all
    select 'complete', o.id, o.complete_by from orders o
      where o.status in ('open','filled','in_progress') and o.complete_by < now() - make_interval(secs => $1)
        and not exists (select 1 from sla_breaches b
                        where b.order_id = o.id and b.kind = 'complete' and b.deadline = o.complete_by)
    union all
    select 'response', e.order_id, e.respond_by from escalations e
      where e.status = 'open' and e.respond_by < now() - make_interval(secs => $1)
    limit 20`,
};

export const outboxDrained: SqlInvariant = {
  name: 'outbox drained',
  sql: 'select id, queue, job_name, created_at from outbox where published_at is null limit 20',
};

/** Orders by status, for the report. */
const orderStatusSql = 'select status, count(*)::int as n from orders group by status order by status';

export async function violations(pool: pg.Pool, check: SqlInvariant, params: unknown[] = []) {
  const { rows } = await pool.query(check.sql, params);
  return rows as Record<string, unknown>[];
}

export async function ordersByStatus(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ status: string; n: number }>(orderStatusSql);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
