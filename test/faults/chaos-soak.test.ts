import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs the soak as `npm run test:chaos` does, with its settings, and collects what it prints. */
function runSoak(
  vars: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/chaos/soak.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        DATABASE_URL: inject('pgAdminUrl'),
        REDIS_URL: inject('redisUrl'),
        ...vars,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('chaos soak, two minutes', () => {
  it('keeps every invariant through Postgres and Redis cuts, SIGKILLs and SIGTERMs, with no unplanned exit', {
    timeout: 600_000,
  }, async () => {
    const run = await runSoak({
      CHAOS_DURATION_S: '120',
      CHAOS_QUIET_S: '60',
      CHAOS_FAULT_MIN_S: '20',
      CHAOS_FAULT_MAX_S: '30',
    });
    const why = `${run.stdout}\n${run.stderr.split('\n').slice(-40).join('\n')}`;
    expect(run.code, why).toBe(0);

    const faults = run.stdout.split('\n').filter((l) => /^\| \d+ \| [\d.]+ \| /.test(l));
    expect(faults.length, why).toBeGreaterThanOrEqual(3);
    const invariants = run.stdout
      .split('\n')
      .filter((l) => / \| (held|\*\*BROKEN\*\*) \| /.test(l))
      .map((l) => l.split(' | ').slice(0, 2).join(' | '));
    expect(invariants, why).toHaveLength(13);
    for (const line of invariants) expect(line, why).toMatch(/ \| held$/);
    expect(run.stdout).toContain('Every invariant held.');
  });
});
