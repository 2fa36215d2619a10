/**
 * A seeded random source (mulberry32). The demo city is drawn from it, so every run builds the same
 * names, phones, skills and homes, and a second seed run finds every row already there.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A point spread evenly over a disc of `radiusM` metres around a centre. */
  pointNear(center: { lat: number; lng: number }, radiusM: number): { lat: number; lng: number };
  shuffle<T>(items: T[]): T[];
}

const METRES_PER_DEGREE_LAT = 111_320;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(entries) {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries.at(-1)![0];
    },
    pointNear(center, radiusM) {
      // sqrt keeps the density even over the disc instead of crowding the centre.
      const d = Math.sqrt(next()) * radiusM;
      const angle = next() * 2 * Math.PI;
      const dLat = (d * Math.cos(angle)) / METRES_PER_DEGREE_LAT;
      const dLng = (d * Math.sin(angle)) / (METRES_PER_DEGREE_LAT * Math.cos((center.lat * Math.PI) / 180));
      return { lat: round6(center.lat + dLat), lng: round6(center.lng + dLng) };
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
  return random;
}

/** Six decimals of a degree is about 10 cm: plenty, and stable through a float8 round trip. */
export const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
