import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by where the code lives: a package, a src/ folder, node internals, GC, idle. */
  byPlace: { place: string; ms: number; share: number }[];
  /** Self time by function. */
  byFunction: { fn: string; ms: number; share: number }[];
}

function placeOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/src\/(.+?)(?:\/[^/]+)?$/.exec(url);
  if (src) return `src/${src[1]}`;
  if (url.startsWith('node:')) return url.split('/')[0]!.replace(/^node:internal.*/, 'node:internal');
  return url;
}

/** The largest .cpuprofile in `dir` (the service, not the tsx launcher), summarised by self time. */
export function summariseProfile(dir: string, top = 15): ProfileSummary {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  const file = files.map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const perSample = totalMs / Math.max(1, profile.samples.length);
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const places = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (!n) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = placeOf(url, functionName);
    places.set(place, (places.get(place) ?? 0) + n * perSample);
    const fn =
      `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?(node_modules|src)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
    fns.set(fn, (fns.get(fn) ?? 0) + n * perSample);
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => ({ k, ms, share: ms / totalMs }));
  return {
    totalMs,
    byPlace: sorted(places).map(({ k, ms, share }) => ({ place: k, ms, share })),
    byFunction: sorted(fns).map(({ k, ms, share }) => ({ fn: k, ms, share })),
  };
}

export function printProfile(s: ProfileSummary, what = 'the API process'): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  console.log(`\nCPU profile of ${what} (${(s.totalMs / 1000).toFixed(1)} s wall), self time by place:`);
  for (const p of s.byPlace) console.log(`  ${pct(p.share)}  ${p.place}`);
  console.log('self time by function:');
  for (const f of s.byFunction) console.log(`  ${pct(f.share)}  ${f.fn}`);
}
