import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shape of src/ that src/README.md describes, checked: statements live in repositories, imports
 * run one way, and a long file says why it is long.
 */
const root = join(import.meta.dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = filesUnder(root).map((path) => ({
  path: relative(root, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));

/** Value imports (not `import type`) of a file, as written. */
function valueImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\s)([\s\S]*?)\s+from\s+'([^']+)';/gm)) {
    const names = m[1]!;
    // `import { type A, type B } from` imports types only.
    const braces = /^\{([\s\S]*)\}$/.exec(names.trim());
    if (braces && braces[1]!.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type ')))
      continue;
    out.push(m[2]!);
  }
  return out;
}

/** Every import of a file (type or value), resolved to a path under src/ where it is one of ours. */
function ourImports(path: string, text: string): string[] {
  const dir = path.split('/').slice(0, -1);
  return [...text.matchAll(/^(?:import|export)\s[\s\S]*?from\s+'(\.[^']+)';/gm)].map((m) => {
    const parts = [...dir];
    for (const seg of m[1]!.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.') parts.push(seg);
    }
    return parts.join('/').replace(/\.js$/, '.ts');
  });
}

const isRepository = (path: string) => path.endsWith('.repo.ts') || path.startsWith('db/');

describe('src/ architecture', () => {
  it('runs SQL only in repositories (*.repo.ts) and the db layer', () => {
    const offenders = files
      .filter((f) => !isRepository(f.path))
      .filter((f) =>
        valueImports(f.text).some(
          (spec) =>
            spec === 'drizzle-orm' ||
            spec.startsWith('drizzle-orm/') ||
            /db\/(exec|predicates|schema\/(?!enums)[\w-]+)\.js$/.test(spec),
        ),
      )
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('reads no non-public property of a library', () => {
    const offenders = files.filter((f) => /\.session\b|\bsession\?\.\s*client|\._[a-z]\w*/.test(f.text));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('keeps files under 400 lines unless the opening comment says why', () => {
    const long = files.filter(
      (f) => f.text.split('\n').length > 400 && !/^\/\*\*[\s\S]*?longer than 400 lines/i.test(f.text),
    );
    expect(long.map((f) => f.path)).toEqual([]);
  });

  it('imports one way: entry points → app, services, jobs → modules → domain, plugins, audit, outbox → db, lib', () => {
    const layer = (path: string): number => {
      if (/^(main|server|worker|runtime|startup)\.ts$/.test(path) || path.startsWith('cli/')) return 5;
      if (/^(app|services)\.ts$/.test(path) || path.startsWith('jobs/')) return 4;
      if (path.startsWith('modules/') || path.startsWith('http/')) return 3;
      if (/^(plugins|audit|outbox|auth|metrics)\//.test(path)) return 2;
      if (path.startsWith('domain/')) return 1;
      return 0; // db/, lib/, config.ts, errors.ts, logger.ts
    };
    const upward = files.flatMap((f) =>
      ourImports(f.path, f.text)
        .filter((target) => layer(target) > layer(f.path))
        .map((target) => `${f.path} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps domain/ pure: it imports nothing of ours but errors and itself', () => {
    const impure = files
      .filter((f) => f.path.startsWith('domain/'))
      .flatMap((f) =>
        ourImports(f.path, f.text)
          .filter((t) => !t.startsWith('domain/') && t !== 'errors.ts')
          .map((t) => `${f.path} → ${t}`),
      );
    expect(impure).toEqual([]);
  });
});
