import { randomBytes } from 'node:crypto';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { type AuthContext, requireRole, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { type Role, regions, units, webhookEndpoints } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import type { EndpointDto } from './webhooks.schemas.js';

/** Roles that create, change and delete endpoints; ops may also read them and redeliver. */
export const endpointManagers: Role[] = ['admin', 'street_officer', 'community_staff', 'unit_admin'];
export const endpointReaders: Role[] = [...endpointManagers, 'ops'];

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** A Standard Webhooks signing secret: `whsec_` and the base64 of 32 random bytes. */
export const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The API shape of an endpoint; the secret is picked out on purpose and never leaves here. */
export function toEndpointDto(row: EndpointRow): EndpointDto {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    scope: { regionId: row.scopeRegionId, unitId: row.scopeUnitId },
    enabled: row.enabled,
    failingSince: iso(row.failingSince),
    disabledAt: iso(row.disabledAt),
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Which endpoints a key can see: admins (and unscoped ops) all of them; region keys those scoped to a
 * region of their subtree; unit admins those of their unit. Unscoped endpoints are admin business.
 * The query must left-join `regions` on the endpoint's scope region.
 */
export function endpointVisibility(auth: AuthContext): SQL {
  if (seesEverything(auth)) return sql`true`;
  if (auth.role === 'unit_admin')
    return auth.unitId ? sql`${webhookEndpoints.scopeUnitId} = ${auth.unitId}` : sql`false`;
  if (auth.regionPath === null) return sql`false`;
  return sql`${regions.path} is not null and starts_with(${regions.path}, ${auth.regionPath})`;
}

/** A live endpoint the key may see, or 404; `forUpdate` locks it against a worker disabling it meanwhile. */
export async function loadVisibleEndpoint(
  tx: Db,
  auth: AuthContext,
  id: string,
  forUpdate = false,
): Promise<EndpointRow> {
  const query = tx
    .select({ endpoint: webhookEndpoints })
    .from(webhookEndpoints)
    .leftJoin(regions, eq(regions.id, webhookEndpoints.scopeRegionId))
    .where(and(eq(webhookEndpoints.id, id), isNull(webhookEndpoints.deletedAt), endpointVisibility(auth)));
  const [row] = forUpdate ? await query.for('update', { of: webhookEndpoints }) : await query;
  if (!row) throw Errors.notFound(`webhook endpoint ${id} not found`);
  return row.endpoint;
}

/**
 * The scope a new endpoint gets: what the body asks for, checked against the key, or the key's own
 * region or unit by default. Regions and units outside the key's reach are 404, as if unknown.
 */
export async function resolveEndpointScope(
  tx: Db,
  auth: AuthContext,
  asked: { regionId?: string; unitId?: string } | undefined,
): Promise<{ regionId: string | null; unitId: string | null }> {
  requireRole(auth, ...endpointManagers);
  if (asked?.regionId) {
    if (auth.role === 'unit_admin') throw Errors.forbidden('a unit admin subscribes for its unit only');
    const [region] = await tx
      .select({ path: regions.path })
      .from(regions)
      .where(eq(regions.id, asked.regionId));
    const inReach =
      region &&
      (auth.role === 'admin' || (auth.regionPath !== null && region.path.startsWith(auth.regionPath)));
    if (!inReach) throw Errors.notFound(`region ${asked.regionId} not found`);
    return { regionId: asked.regionId, unitId: null };
  }
  if (asked?.unitId) {
    if (auth.role === 'street_officer' || auth.role === 'community_staff')
      throw Errors.forbidden('region keys subscribe for a region of their subtree');
    if (auth.role === 'unit_admin' && auth.unitId !== asked.unitId)
      throw Errors.notFound(`unit ${asked.unitId} not found`);
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, asked.unitId));
    if (!unit) throw Errors.notFound(`unit ${asked.unitId} not found`);
    return { regionId: null, unitId: asked.unitId };
  }
  if (auth.role === 'admin') return { regionId: null, unitId: null };
  if (auth.role === 'unit_admin') {
    if (!auth.unitId) throw Errors.forbidden('this unit admin key has no unit');
    return { regionId: null, unitId: auth.unitId };
  }
  if (!auth.regionId) throw Errors.forbidden('this key has no region');
  return { regionId: auth.regionId, unitId: null };
}
