import { and, asc, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { regions, units, webhookDeliveries, webhookEndpoints } from '../../db/schema/index.js';

/**
 * Every statement on webhook endpoints and deliveries. Deliveries are created by the database
 * trigger `webhooks_fan_out` (see README.md); here they are read, attempted and redelivered.
 */

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
type DeliveryStatus = DeliveryRow['status'];

/** Which endpoints a key can see (decided in webhooks.access.ts). */
export type EndpointVisibility =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'unit'; unitId: string }
  | { kind: 'region'; path: string };

/** The visibility as a condition; the statement must left-join `regions` on the endpoint's scope region. */
function visible(v: EndpointVisibility): SQL {
  switch (v.kind) {
    case 'all':
      return sql`true`;
    case 'none':
      return sql`false`;
    case 'unit':
      return sql`${webhookEndpoints.scopeUnitId} = ${v.unitId}`;
    case 'region':
      return sql`${regions.path} is not null and starts_with(${regions.path}, ${v.path})`;
  }
}

const liveAndVisible = (v: EndpointVisibility) => and(isNull(webhookEndpoints.deletedAt), visible(v));

export async function insertEndpoint(
  tx: Db,
  row: Omit<EndpointRow, 'enabled' | 'failingSince' | 'disabledAt' | 'disabledReason' | 'deletedAt'>,
): Promise<EndpointRow> {
  const [inserted] = await tx.insert(webhookEndpoints).values(row).returning();
  return inserted!;
}

/** Live endpoints the key may see, in id order after the cursor id: `limit + 1` rows, for toPage. */
export async function visibleEndpoints(
  db: Db,
  v: EndpointVisibility,
  after: string | undefined,
  limit: number,
): Promise<EndpointRow[]> {
  const rows = await db
    .select({ endpoint: webhookEndpoints })
    .from(webhookEndpoints)
    .leftJoin(regions, eq(regions.id, webhookEndpoints.scopeRegionId))
    .where(and(liveAndVisible(v), after ? gt(webhookEndpoints.id, after) : undefined))
    .orderBy(asc(webhookEndpoints.id))
    .limit(limit + 1);
  return rows.map((r) => r.endpoint);
}

/** A live endpoint the key may see; `forUpdate` locks it against a worker disabling it meanwhile. */
export async function visibleEndpoint(
  tx: Db,
  v: EndpointVisibility,
  id: string,
  forUpdate: boolean,
): Promise<EndpointRow | undefined> {
  const query = tx
    .select({ endpoint: webhookEndpoints })
    .from(webhookEndpoints)
    .leftJoin(regions, eq(regions.id, webhookEndpoints.scopeRegionId))
    .where(and(eq(webhookEndpoints.id, id), liveAndVisible(v)));
  const [row] = forUpdate ? await query.for('update', { of: webhookEndpoints }) : await query;
  return row?.endpoint;
}

export async function updateEndpoint(
  tx: Db,
  id: string,
  change: Partial<
    Pick<EndpointRow, 'enabled' | 'failingSince' | 'disabledAt' | 'disabledReason' | 'deletedAt'>
  >,
): Promise<EndpointRow> {
  const [updated] = await tx
    .update(webhookEndpoints)
    .set(change)
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return updated!;
}

export async function regionPathOf(tx: Db, regionId: string): Promise<string | undefined> {
  const [region] = await tx.select({ path: regions.path }).from(regions).where(eq(regions.id, regionId));
  return region?.path;
}

export async function unitExists(tx: Db, unitId: string): Promise<boolean> {
  const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  return unit !== undefined;
}

/** An endpoint's deliveries in id order (oldest first) after the cursor id: `limit + 1` rows, for toPage. */
export const endpointDeliveries = (
  db: Db,
  endpointId: string,
  q: { status?: DeliveryStatus; after?: string; limit: number },
): Promise<DeliveryRow[]> =>
  db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        q.status ? eq(webhookDeliveries.status, q.status) : undefined,
        q.after ? gt(webhookDeliveries.id, q.after) : undefined,
      ),
    )
    .orderBy(asc(webhookDeliveries.id))
    .limit(q.limit + 1);

/** A delivery to a live endpoint the key may see, locked until the transaction ends, with its endpoint. */
export async function lockVisibleDelivery(
  tx: Db,
  v: EndpointVisibility,
  id: string,
): Promise<{ delivery: DeliveryRow; endpoint: EndpointRow } | undefined> {
  const [found] = await tx
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .leftJoin(regions, eq(regions.id, webhookEndpoints.scopeRegionId))
    .where(and(eq(webhookDeliveries.id, id), liveAndVisible(v)))
    .for('update', { of: webhookDeliveries });
  return found;
}

export async function setDeliveryPending(tx: Db, id: string): Promise<DeliveryRow> {
  const [updated] = await tx
    .update(webhookDeliveries)
    .set({ status: 'pending' })
    .where(eq(webhookDeliveries.id, id))
    .returning();
  return updated!;
}

/**
 * A Postgres array literal of ids or integers, sent as one parameter: `= any($1::uuid[])` and
 * `unnest($1::uuid[], ...)` are planned as the few rows they are (index lookups), where a jsonb
 * recordset is guessed at 100 rows and can turn the lookup into a scan of the whole table.
 */
const pgArray = (values: (string | number)[]) => `{${values.join(',')}}`;

/**
 * An attempt counted before its POST, with what the POST needs: the delivery's message and its
 * endpoint. `unknownSince` is the start of the attempt before it, if that one's outcome is unknown.
 */
export interface StartedAttempt {
  deliveryId: string;
  attempt: number;
  unknownSince: Date | null;
  messageId: string;
  payload: unknown;
  endpoint: { id: string; url: string; secret: string };
}

/** A delivery still owed whose endpoint is disabled or deleted: it gets no attempt. */
export interface ClosedDelivery {
  deliveryId: string;
  endpointDeleted: boolean;
}

/**
 * Counts one attempt of each delivery still owed (not succeeded) to an open endpoint and marks it in
 * flight since `now`, before anything is POSTed, and reads what the POSTs need, in one statement. A
 * delivery still marked had an attempt whose process stopped before recording its outcome: that
 * attempt is counted in unknown_outcome_attempts and its start returned. Owed deliveries to a
 * disabled or deleted endpoint are returned as closed, untouched; one that succeeded meanwhile
 * (another attempt of the same message) is left out.
 */
export async function startAttempts(
  db: Db,
  ids: string[],
  now: Date,
): Promise<{ started: StartedAttempt[]; closed: ClosedDelivery[] }> {
  if (ids.length === 0) return { started: [], closed: [] };
  const { rows } = await execute<{
    id: string;
    endpoint_id: string;
    url: string;
    secret: string;
    open: boolean;
    endpoint_deleted: boolean;
    attempts: number | null;
    unknown_since: Date | null;
    message_id: string | null;
    payload: unknown;
  }>(
    db,
    sql`
    with owed as (
      select d.id, d.in_flight_since, e.id as endpoint_id, e.url, e.secret,
             e.enabled and e.deleted_at is null as open, e.deleted_at is not null as endpoint_deleted
        from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
       where d.id = any(${pgArray(ids)}::uuid[]) and d.status <> 'succeeded'
       order by d.id
         for update of d),
    started as (
      update webhook_deliveries d
         set attempts = d.attempts + 1,
             unknown_outcome_attempts = d.unknown_outcome_attempts + (owed.in_flight_since is not null)::int,
             in_flight_since = ${now}
        from owed
       where d.id = owed.id and owed.open
      returning d.id, d.attempts, owed.in_flight_since as unknown_since, d.message_id, d.payload)
    select o.id, o.endpoint_id, o.url, o.secret, o.open, o.endpoint_deleted,
           s.attempts, s.unknown_since, s.message_id, s.payload
      from owed o left join started s on s.id = o.id
     order by o.id`,
  );
  const started: StartedAttempt[] = [];
  const closed: ClosedDelivery[] = [];
  for (const r of rows) {
    if (!r.open) closed.push({ deliveryId: r.id, endpointDeleted: r.endpoint_deleted });
    else if (r.attempts !== null)
      started.push({
        deliveryId: r.id,
        attempt: r.attempts,
        unknownSince: r.unknown_since,
        messageId: r.message_id!,
        payload: r.payload,
        endpoint: { id: r.endpoint_id, url: r.url, secret: r.secret },
      });
  }
  return { started, closed };
}

/** Closes a delivery that is still owed as dead, saying why. */
export async function closeDelivery(db: Db, id: string, reason: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ status: 'dead', lastError: reason, inlineSince: null })
    .where(and(eq(webhookDeliveries.id, id), inArray(webhookDeliveries.status, ['pending', 'failed'])));
}

/** The answer one attempt got. */
export interface Attempt {
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
}

/** A successful attempt: the delivery, the answer it got, and when. */
export interface Success {
  deliveryId: string;
  attempt: Attempt;
  at: Date;
}

/**
 * Successful attempts (already counted by startAttempts, or by a matching wave's fan-out), in one
 * statement: each delivery's outcome, and the end of its endpoint's failing streak. Its commit does
 * not wait for the WAL to reach disk (`synchronous_commit` off for this statement's own
 * transaction): an outcome lost with a Postgres crash leaves the delivery in flight, and it is
 * delivered again, as delivery is at least once.
 */
export async function recordSuccesses(db: Db, done: Success[]): Promise<void> {
  await execute(
    db,
    sql`
    with async as materialized (select set_config('synchronous_commit', 'off', true)),
    done as (
      update webhook_deliveries d
         set status = 'succeeded', in_flight_since = null, inline_since = null, last_status_code = v.code, last_error = null,
             last_latency_ms = v.ms, last_attempt_at = v.at, delivered_at = v.at
        from unnest(${pgArray(done.map((d) => d.deliveryId))}::uuid[],
                    ${pgArray(done.map((d) => d.attempt.statusCode ?? 0))}::int[],
                    ${pgArray(done.map((d) => d.attempt.latencyMs))}::int[],
                    ${pgArray(done.map((d) => d.at.toISOString()))}::timestamptz[]) as v(id, code, ms, at)
       where d.id = v.id and exists (select 1 from async)
      returning d.endpoint_id)
    update webhook_endpoints set failing_since = null
     where id in (select endpoint_id from done) and failing_since is not null`,
  );
}

/**
 * A failed attempt (already counted by startAttempts): the delivery is failed (retries planned) or,
 * after its last attempt, dead (and no longer owed by anyone).
 */
export async function recordFailure(
  tx: Db,
  deliveryId: string,
  attempt: Attempt,
  opts: { lastAttempt: boolean; now: Date },
): Promise<void> {
  await tx
    .update(webhookDeliveries)
    .set({
      status: opts.lastAttempt ? 'dead' : 'failed',
      inFlightSince: null,
      ...(opts.lastAttempt && { inlineSince: null }),
      lastStatusCode: attempt.statusCode,
      lastError: attempt.error,
      lastLatencyMs: attempt.latencyMs,
      lastAttemptAt: opts.now,
    })
    .where(eq(webhookDeliveries.id, deliveryId));
}

/** Starts the endpoint's failing streak unless one is running; the endpoint after it. */
export async function extendFailingStreak(
  tx: Db,
  endpointId: string,
  now: Date,
): Promise<EndpointRow | undefined> {
  const [streak] = await tx
    .update(webhookEndpoints)
    .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now})` })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning();
  return streak;
}

/** Disables an endpoint that is still enabled; undefined when it was not. */
export async function disableEndpoint(
  tx: Db,
  endpointId: string,
  change: { disabledAt: Date; disabledReason: string },
): Promise<EndpointRow | undefined> {
  const [updated] = await tx
    .update(webhookEndpoints)
    .set({ enabled: false, ...change })
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.enabled, true)))
    .returning();
  return updated;
}

/**
 * Hands deliveries still owned by a matching process (inline_since set) to the webhooks queue, their
 * jobs due `delayMs` after the relay's pass and counting on from the attempts made (SQL function
 * webhooks_hand_over, migration 0023). Returns how many were handed over.
 */
export async function handOverInline(db: Db, ids: string[], delayMs: number): Promise<number> {
  if (ids.length === 0) return 0;
  const { rows } = await execute<{ n: number }>(
    db,
    sql`select webhooks_hand_over(${pgArray(ids)}::uuid[], ${Math.max(0, Math.round(delayMs))}::bigint) as n`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Hands to the webhooks queue, at once, up to `limit` deliveries a matching process took for itself
 * before `before` and has not finished with: the process stopped (or lost Postgres) before recording
 * their outcome. Returns how many were handed over.
 */
export async function handOverStaleInline(db: Db, before: Date, limit: number): Promise<number> {
  const { rows } = await execute<{ n: number }>(
    db,
    sql`select webhooks_hand_over(array(
          select d.id from webhook_deliveries d where d.inline_since < ${before}
           order by d.inline_since limit ${limit}), 0) as n`,
  );
  return rows[0]?.n ?? 0;
}
