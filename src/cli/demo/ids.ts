import { v5 } from 'uuid';

/** The namespace of every demo id; changing it would make a second seed build a second city. */
const DEMO_NAMESPACE = '1c524614-b395-4175-a84b-2b23717a77a2';

/** A stable id from stable names (uuid v5), so the seed finds its own rows on every run. */
export const demoId = (...parts: string[]): string => v5(parts.join('/'), DEMO_NAMESPACE);

/** A stable 32-bit seed from a name, for the random source of one city. */
export function seedOf(name: string): number {
  let h = 2_166_136_261;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 16_777_619);
  return h >>> 0;
}

/** Splits `total` in proportion to `weights` (largest remainder), so the parts sum to it exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}
