import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';

/** The orders of a run, counted by status and category, with their claims and ratings. */
export interface OrderFigures {
  status: string;
  categoryCode: string;
  n: number;
  claimed: number;
  rated: number;
  rating: number | null;
}

/** The figures of a run's orders, read from Postgres. */
export interface RunFigures {
  orders: OrderFigures[];
  escalationsByLevel: { level: number; n: number }[];
  escalatedOrders: number;
  breaches: number;
  /** The order that escalated highest (expired first, then the oldest). */
  topEscalatedOrderId: string | null;
}

// One text parameter in Postgres array syntax: drizzle would spread a JS array into a list.
const idList = (ids: string[]): SQL => sql`(select unnest(${`{${ids.join(',')}}`}::uuid[]))`;

export async function runFigures(db: Db, orderIds: string[]): Promise<RunFigures> {
  const ids = idList(orderIds);
  const { rows: orders } = await execute<{
    status: string;
    category_code: string;
    n: number;
    claimed: number;
    rated: number;
    rating: number | null;
  }>(
    db,
    sql`
    select status, category_code, count(*)::int as n, count(first_claimed_at)::int as claimed, count(rating)::int as rated, avg(rating)::float8 as rating
    from orders where id in ${ids} group by status, category_code`,
  );
  const { rows: escalationsByLevel } = await execute<{ level: number; n: number }>(
    db,
    sql`
    select level, count(*)::int as n from escalations where order_id in ${ids} group by level`,
  );
  const { rows: breaches } = await execute<{ n: number }>(
    db,
    sql`select count(*)::int as n from sla_breaches where order_id in ${ids}`,
  );
  const { rows: top } = await execute<{ id: string }>(
    db,
    sql`
    select o.id from orders o where o.id in ${ids} and o.escalation_level > 0
    order by o.escalation_level desc, (o.status = 'expired') desc, o.created_at limit 1`,
  );
  const { rows: escalated } = await execute<{ n: number }>(
    db,
    sql`
    select count(distinct order_id)::int as n from escalations where order_id in ${ids}`,
  );
  return {
    orders: orders.map(({ category_code, ...r }) => ({ ...r, categoryCode: category_code })),
    escalationsByLevel,
    escalatedOrders: escalated[0]?.n ?? 0,
    breaches: breaches[0]?.n ?? 0,
    topEscalatedOrderId: top[0]?.id ?? null,
  };
}
