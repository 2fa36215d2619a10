// Fails when the committed generated files differ from what openapi.yaml generates now.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, generatedFiles } from './generate.mjs';

const committed = fileURLToPath(new URL('../src/generated/', import.meta.url));
const fresh = await mkdtemp(join(tmpdir(), 'whistle-client-'));
try {
  await generate(fresh);
  const stale = [];
  for (const file of generatedFiles) {
    const [was, now] = await Promise.all([
      readFile(join(committed, file), 'utf8').catch(() => ''),
      readFile(join(fresh, file), 'utf8'),
    ]);
    if (was === now) continue;
    stale.push(file);
    spawnSync('diff', ['-u', join(committed, file), join(fresh, file)], { stdio: 'inherit' });
  }
  if (stale.length > 0) {
    console.error(
      `clients/typescript/src/generated/{${stale.join(',')}} differ from openapi.yaml: run \`npm run client:generate\` and commit the result`,
    );
    process.exitCode = 1;
  } else console.log('clients/typescript: the generated files match openapi.yaml');
} finally {
  await rm(fresh, { recursive: true, force: true });
}
