import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoPolicies } from '../../src/cli/demo/sla-policies.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const guide = readFileSync(resolve(root, 'docs/api-walkthrough.md'), 'utf8');
/** The walkthrough's shell, in the order a reader types it. */
const shell = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');

describe('the API walkthrough typed by hand on a demo-seeded database', () => {
  it('reads its admin key from the keys file the demo seed writes', () => {
    expect(shell).toMatch(/^npm run demo:seed$/m);
    expect(shell).toContain('ADMIN_KEY=$(jq -r .admin .demo/keys.json)');
    expect(shell).toContain('AUTH="Authorization: Bearer $ADMIN_KEY"');
  });

  it('posts its orders in a category it creates first, which the demo’s short SLA policies leave alone', () => {
    const created = [...shell.matchAll(/send POST \/categories '(\{[^']*\})'/g)].map((m) => ({
      code: (JSON.parse(m[1]!) as { code: string }).code,
      at: m.index,
    }));
    const used = [...shell.matchAll(/categoryCode: "([a-z_]+)"/g)].map((m) => ({ code: m[1]!, at: m.index }));
    expect(used.length).toBeGreaterThan(0);
    const fast = new Set(demoPolicies.map((p) => p.categoryCode));
    for (const order of used) {
      expect(fast.has(order.code), order.code).toBe(false);
      const category = created.find((c) => c.code === order.code);
      expect(category, `${order.code} is created by the walkthrough`).toBeDefined();
      expect(category!.at).toBeLessThan(order.at);
    }
  });
});
