// Writes the generated half of the client from the repository's openapi.yaml: the types of every
// operation (openapi-typescript) and the POSTs that accept an Idempotency-Key, which the runtime
// needs as a value. `node scripts/generate.mjs <dir>` writes both into <dir>.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

export const specUrl = new URL('../../../openapi.yaml', import.meta.url);
export const generatedFiles = ['schema.ts', 'idempotent-posts.ts'];

const banner = (what) =>
  `// ${what} generated from openapi.yaml by \`npm run client:generate\`; do not edit.\n`;

async function schemaSource() {
  const ast = await openapiTS(specUrl);
  return `${banner('The types of every operation,')}\n${astToString(ast)}`;
}

/** POST operations with an `idempotency-key` header parameter, in the order of the document. */
async function idempotentPostsSource() {
  const spec = parse(await readFile(specUrl, 'utf8'));
  const accepts = (op) =>
    (op?.parameters ?? []).some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
  const posts = Object.entries(spec.paths)
    .filter(([, item]) => accepts(item.post))
    .map(([path]) => path);
  return [
    banner('The POSTs that accept an Idempotency-Key,'),
    "import type { paths } from './schema.js';",
    '',
    'export const idempotentPosts = [',
    ...posts.map((p) => `  '${p}',`),
    '] as const satisfies readonly (keyof paths)[];',
    '',
  ].join('\n');
}

export async function generate(dir) {
  await mkdir(dir, { recursive: true });
  const [schema, posts] = await Promise.all([schemaSource(), idempotentPostsSource()]);
  await writeFile(join(dir, 'schema.ts'), schema);
  await writeFile(join(dir, 'idempotent-posts.ts'), posts);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/generate.mjs <output directory>');
  await generate(dir);
}
