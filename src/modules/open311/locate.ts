import { type AuthContext, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { distanceM, pointInPolygon } from '../../domain/geo.js';
import { type Place, placesUnder } from './open311.repo.js';

export interface Point {
  lat: number;
  lng: number;
}

/** Where a request lands: a community, and the grid inside it when one holds the point or is named. */
export interface Placement {
  community: Place;
  gridId: string | null;
}

/** The communities and grids a key may post into: its region subtree, everything for an admin. */
export async function placesInScope(db: Db, auth: AuthContext): Promise<Place[]> {
  if (seesEverything(auth)) return placesUnder(db, null);
  return auth.regionPath ? placesUnder(db, auth.regionPath) : [];
}

const hasPolygon = (p: Place) => Array.isArray(p.polygon) && p.polygon.length >= 3;
const centreOf = (p: Place): Point | null =>
  p.centerLat !== null && p.centerLng !== null ? { lat: p.centerLat, lng: p.centerLng } : null;

function nearestCentre(candidates: Place[], point: Point): Place | undefined {
  const distance = (p: Place) => {
    const c = centreOf(p);
    return c ? distanceM(c, point) : Number.POSITIVE_INFINITY;
  };
  return [...candidates].sort((a, b) => distance(a) - distance(b) || a.name.localeCompare(b.name))[0];
}

/**
 * A drawn boundary is the better evidence, so polygons decide first; a centre and radius only
 * count for regions without a polygon. Overlaps go to the nearest centre.
 */
function holder(candidates: Place[], point: Point): Place | undefined {
  const inPolygon = candidates.filter((p) => hasPolygon(p) && pointInPolygon(point, p.polygon!));
  if (inPolygon.length) return nearestCentre(inPolygon, point);
  const inCircle = candidates.filter((p) => {
    const c = centreOf(p);
    return !hasPolygon(p) && c !== null && p.radiusM !== null && distanceM(c, point) <= p.radiusM;
  });
  return nearestCentre(inCircle, point);
}

export function placePoint(places: Place[], point: Point): Placement | null {
  const community = holder(
    places.filter((p) => p.level === 'community'),
    point,
  );
  if (!community) return null;
  const grid = holder(
    places.filter((p) => p.level === 'grid' && p.parentId === community.id),
    point,
  );
  return { community, gridId: grid?.id ?? null };
}

export type AddressMatch = { placement: Placement } | { ambiguous: string[] } | null;

/**
 * An address without coordinates lands in the community it names, or the community of the grid it
 * names. The longest name found wins ("Dongfang East" over "Dongfang"); a tie between two communities
 * is ambiguous rather than a guess.
 */
export function placeAddress(places: Place[], address: string): AddressMatch {
  const text = address.toLocaleLowerCase();
  const communities = new Map(places.filter((p) => p.level === 'community').map((p) => [p.id, p]));
  const hits = places
    .filter((p) => {
      const name = p.name.trim().toLocaleLowerCase();
      return name.length >= 2 && text.includes(name);
    })
    .map((p) => ({ place: p, community: p.level === 'grid' ? communities.get(p.parentId ?? '') : p }))
    .filter((h): h is { place: Place; community: Place } => h.community !== undefined)
    .sort((a, b) => b.place.name.trim().length - a.place.name.trim().length);
  if (hits.length === 0) return null;
  const longest = hits[0]!.place.name.trim().length;
  const named = new Map(
    hits.filter((h) => h.place.name.trim().length === longest).map((h) => [h.community.id, h.community]),
  );
  if (named.size > 1) return { ambiguous: [...named.values()].map((c) => c.name).sort() };
  const community = hits[0]!.community;
  const grid = hits.find((h) => h.place.level === 'grid' && h.community.id === community.id);
  return { placement: { community, gridId: grid?.place.id ?? null } };
}
