import type { Random } from '../../src/cli/demo/random.js';
import type { CutMode, TcpProxy } from '../helpers/tcp-proxy.js';
import type { Role, Slot, Supervisor } from './supervisor.js';

export const faultKinds = [
  'postgres cut',
  'redis cut',
  'worker SIGKILL',
  'api SIGKILL',
  'api SIGTERM',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultRecord {
  kind: FaultKind;
  /** Seconds since the soak's load started. */
  atS: number;
  target: string;
  /** What happened: the cut's mode and length, or how the process exited and how fast. */
  outcome: string;
  /** False when a stopped process did not exit as it should (SIGTERM: exit 0 within the limit). */
  clean: boolean;
}

export interface FaultPlan {
  durationMs: number;
  minGapMs: number;
  maxGapMs: number;
  cutMs: number;
  /** How long a SIGTERM'd process may take to drain and exit. */
  stopMs: number;
}

export interface FaultTargets {
  postgres: TcpProxy;
  redis: TcpProxy;
  supervisor: Supervisor;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Faults at random, `minGapMs`–`maxGapMs` apart (start to start), from a shuffled bag of every kind
 * so each kind comes once in every five; until `durationMs` has passed since `startedAt`.
 */
export async function runFaults(
  plan: FaultPlan,
  targets: FaultTargets,
  random: Random,
  startedAt: number,
  log: (f: FaultRecord) => void,
): Promise<FaultRecord[]> {
  const records: FaultRecord[] = [];
  let bag: FaultKind[] = [];
  for (;;) {
    const gap = random.int(plan.minGapMs, plan.maxGapMs);
    const at = (records.length ? startedAt + records.at(-1)!.atS * 1000 : startedAt) + gap;
    if (at + plan.cutMs > startedAt + plan.durationMs) break;
    await sleep(at - Date.now());
    if (bag.length === 0) bag = random.shuffle([...faultKinds]);
    const kind = bag.pop()!;
    const atS = Math.round((Date.now() - startedAt) / 100) / 10;
    const record = { kind, atS, ...(await inject(kind, plan, targets, random)) };
    records.push(record);
    log(record);
  }
  return records;
}

async function inject(
  kind: FaultKind,
  plan: FaultPlan,
  { postgres, redis, supervisor }: FaultTargets,
  random: Random,
): Promise<Omit<FaultRecord, 'kind' | 'atS'>> {
  if (kind === 'postgres cut' || kind === 'redis cut') {
    const proxy = kind === 'postgres cut' ? postgres : redis;
    const mode: CutMode = random.chance(0.5) ? 'refuse' : 'blackhole';
    const dropped = proxy.liveConnections;
    await proxy.cut(mode);
    await sleep(plan.cutMs);
    await proxy.restore();
    return {
      target: kind.split(' ')[0]!,
      outcome: `${mode} for ${plan.cutMs / 1000} s, ${dropped} connections dropped`,
      clean: true,
    };
  }
  const role: Role = kind.startsWith('worker') ? 'worker' : 'api';
  const sig: NodeJS.Signals = kind.endsWith('SIGTERM') ? 'SIGTERM' : 'SIGKILL';
  const candidates = supervisor.slots.filter((s: Slot) => s.role === role && s.pid !== null);
  if (candidates.length === 0) return { target: `no ${role} running`, outcome: 'skipped', clean: true };
  const slot = random.pick(candidates);
  const { exitMs, exit } = await supervisor.signal(slot, sig, plan.stopMs);
  const how = exit.code !== null ? `exit ${exit.code}` : `${exit.signal}`;
  const clean = sig === 'SIGKILL' || exit.code === 0;
  return {
    target: `${slot.name} (gen ${slot.generation})`,
    outcome: `${how} after ${(exitMs / 1000).toFixed(1)} s, restarted`,
    clean,
  };
}
