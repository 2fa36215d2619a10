import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * src/ compiled file by file to plain JavaScript in a scratch directory laid out like the image
 * (dist/ beside migrations/ and node_modules/), so a bench measures `node dist/<entry>.js` as the
 * Dockerfile runs it, without the tsx loader, and without touching the checkout's dist/.
 * esbuild is the transpiler tsx itself uses, so the code is the same; nothing is type-checked here.
 * `srcDir` compiles a copy of src/ instead, to measure a candidate change side by side.
 */
export async function buildDist(srcDir = join(root, 'src')): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'wd-bench-dist-'));
  await build({
    entryPoints: tsFiles(srcDir),
    outdir: join(dir, 'dist'),
    outbase: srcDir,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: false,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, 'migrations'), join(dir, 'migrations'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let built: Promise<string | null> | undefined;

/**
 * Where benches run the service from: a compiled build (the default, as shipped) or, with
 * BENCH_RUNTIME=tsx, null for the TypeScript sources under tsx. Built once per bench run.
 * BENCH_SRC builds another copy of src/ (e.g. `git archive main src | tar -x -C /tmp/base`) to
 * measure two versions side by side on the same machine.
 */
export function serviceBuild(): Promise<string | null> {
  built ??= (async () => {
    if (process.env.BENCH_RUNTIME === 'tsx') return null;
    const { dir, remove } = await buildDist(process.env.BENCH_SRC || undefined);
    process.on('exit', remove);
    return dir;
  })();
  return built;
}
