import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { producerRedis } from '../../src/outbox/queues.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function runEntry(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [entry], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('configuration at start-up', () => {
  it.each(['src/server.ts', 'src/worker.ts', 'src/main.ts'])(
    '%s stops with one line naming a wrong variable',
    async (entry) => {
      const { code, stdout, stderr } = await runEntry(entry, {
        PORT: 'abc',
        DATABASE_URL: 'postgres://nowhere.invalid:1/x',
      });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^invalid configuration: PORT: /);
    },
  );

  it('honours the database index in REDIS_URL', async () => {
    const url = new URL(inject('redisUrl'));
    url.pathname = '/7';
    const config = loadConfig({ REDIS_URL: url.toString() });
    const client = producerRedis(config.REDIS_URL);
    const plain = new Redis(inject('redisUrl'));
    const key = `wd-config-test:${randomBytes(6).toString('hex')}`;
    try {
      await new Promise((resolve) => client.once('ready', resolve));
      await client.set(key, 'here', 'EX', 60);
      await plain.select(7);
      expect(await plain.get(key)).toBe('here');
      await plain.select(0);
      expect(await plain.exists(key)).toBe(0);
    } finally {
      await client.del(key);
      client.disconnect();
      plain.disconnect();
    }
  });
});
