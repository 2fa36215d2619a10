// Writes the generated half of the client from the repository's openapi.yaml: the types of every
// operation (openapi-typescript), and the two facts about operations the runtime needs as values:
// which POSTs accept an Idempotency-Key, and which GETs answer cursor pages (and take the cursor as
// `cursor` or `after`). `node scripts/generate.mjs <dir>` writes both files into <dir>.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

export const specUrl = new URL('../../../openapi.yaml', import.meta.url);
export const generatedFiles = ['schema.ts', 'operations.ts'];

const banner = (what) =>
  `// ${what}, generated from openapi.yaml by \`npm run client:generate\`; do not edit.\n`;

async function schemaSource() {
  const ast = await openapiTS(specUrl);
  return `${banner('The types of every operation')}\n${astToString(ast)}`;
}

function operationsSource(spec) {
  const resolve = (node) => {
    let n = node;
    while (n?.$ref)
      n = n.$ref
        .split('/')
        .slice(1)
        .reduce((o, key) => o?.[key], spec);
    return n;
  };
  const params = (op) => (op?.parameters ?? []).map(resolve);
  const idempotentPosts = Object.entries(spec.paths)
    .filter(([, item]) =>
      params(item.post).some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
    )
    .map(([path]) => path);
  const pagedGets = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    const answer = resolve(item.get?.responses?.['200']?.content?.['application/json']?.schema);
    const cursor = params(item.get).find(
      (p) => p.in === 'query' && (p.name === 'cursor' || p.name === 'after'),
    );
    if (answer?.properties?.items && answer.properties.nextCursor && cursor)
      pagedGets.push([path, cursor.name]);
  }
  return [
    banner('What the client needs to know of the operations at run time'),
    "import type { paths } from './schema.js';",
    '',
    '/** The POSTs whose operation accepts an Idempotency-Key. */',
    'export const idempotentPosts = [',
    ...idempotentPosts.map((p) => `  '${p}',`),
    '] as const satisfies readonly (keyof paths)[];',
    '',
    '/** The GETs that answer cursor pages, with the query parameter that takes the next cursor. */',
    'export const pagedGets = {',
    ...pagedGets.map(([p, name]) => `  '${p}': '${name}',`),
    "} as const satisfies Partial<Record<keyof paths, 'cursor' | 'after'>>;",
    '',
  ].join('\n');
}

export async function generate(dir) {
  await mkdir(dir, { recursive: true });
  const spec = parse(await readFile(specUrl, 'utf8'));
  await writeFile(join(dir, 'schema.ts'), await schemaSource());
  await writeFile(join(dir, 'operations.ts'), operationsSource(spec));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/generate.mjs <output directory>');
  await generate(dir);
}
