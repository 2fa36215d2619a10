import fc from 'fast-check';
import type { OpenApiDocument, Schema } from './openapi-document.js';

/**
 * fast-check arbitraries for what breaks a schema: values of a wrong JSON type, values past a bound,
 * names nobody documents. A mutation keeps a drawn value only when Ajv agrees it breaks the description.
 */

/** Media types a request may carry; each operation takes one at most. */
export const FOREIGN_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/octet-stream',
  'multipart/form-data; boundary=fuzz',
  'application/json',
  'application/x-www-form-urlencoded',
];
const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'];
export const chars = (alphabet: string) => fc.constantFrom(...alphabet);
/**
 * JSON values without "__proto__" or "constructor" keys: Fastify refuses those as prototype
 * poisoning before any schema is read, which would hide what the mutation is about.
 */
export const json = fc
  .jsonValue({ maxDepth: 1 })
  .filter((v) => !/"(__proto__|constructor)"/.test(JSON.stringify(v) ?? ''));
/** A field or parameter name no description uses by chance. */
export const NAME = fc
  .tuple(
    fc.string({ unit: chars('abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 1 }),
    fc.string({
      unit: chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'),
      minLength: 2,
      maxLength: 15,
    }),
  )
  .map(([a, b]) => a + b);

/** A string of `min`–`max` characters, built from a short drawn one: long strings cost fast-check dearly. */
const longString = (min: number, extra: number) =>
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.nat(extra))
    .map(([s, more]) => s.repeat(Math.ceil((min + more) / s.length)).slice(0, min + more));

function arbitraryOfType(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.string({ maxLength: 12 });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n));
    case 'integer':
      return fc.integer();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(json, { maxLength: 3 });
    default:
      return fc.dictionary(NAME, json, {
        maxKeys: 3,
      });
  }
}

/** Branches of anyOf/oneOf, with the null branch of a nullable field dropped. */
function branches(schema: Schema, doc: OpenApiDocument): Schema[] {
  const s = typeof schema.$ref === 'string' ? doc.resolve(schema.$ref) : schema;
  const alternatives = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  return alternatives ? alternatives.flatMap((b) => branches(b, doc)) : [s];
}

function declaredTypes(schema: Schema, doc: OpenApiDocument): string[] {
  const types = new Set<string>();
  for (const b of branches(schema, doc)) {
    if (Array.isArray(b.type)) for (const t of b.type) types.add(t);
    else if (typeof b.type === 'string') types.add(b.type);
    else if (Array.isArray(b.enum)) for (const v of b.enum) types.add(v === null ? 'null' : typeof v);
    else return [];
  }
  if (types.has('number')) types.add('integer');
  return [...types];
}

/** Values of a JSON type the schema does not allow. */
export function wrongTypeValues(schema: Schema, doc: OpenApiDocument): fc.Arbitrary<unknown> | null {
  const allowed = declaredTypes(schema, doc);
  if (allowed.length === 0) return null;
  const wrong = JSON_TYPES.filter((t) => !allowed.includes(t));
  return wrong.length ? fc.constantFrom(...wrong).chain(arbitraryOfType) : null;
}

/** Values of the right type that break a bound: range, length, item count, enum, pattern, format. */
export function outOfRangeValues(schema: Schema, doc: OpenApiDocument): fc.Arbitrary<unknown> | null {
  const out: fc.Arbitrary<unknown>[] = [];
  for (const s of branches(schema, doc)) {
    const n = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
    const min = n('minimum') ?? n('exclusiveMinimum');
    const max = n('maximum') ?? n('exclusiveMaximum');
    if (min !== undefined && min > -1e15)
      out.push(fc.integer({ min: -1000, max: 0 }).map((d) => min + d - 1));
    if (max !== undefined && max < 1e15) out.push(fc.integer({ min: 0, max: 1000 }).map((d) => max + d + 1));
    const minLength = n('minLength');
    const maxLength = n('maxLength');
    if (minLength) out.push(fc.string({ maxLength: minLength - 1 }));
    if (maxLength !== undefined) out.push(longString(maxLength + 1, 40));
    const maxItems = n('maxItems');
    if (maxItems !== undefined)
      out.push(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), {
          minLength: maxItems + 1,
          maxLength: maxItems + 3,
        }),
      );
    if (n('minItems')) out.push(fc.constant([]));
    if (Array.isArray(s.enum) || typeof s.pattern === 'string' || typeof s.format === 'string')
      out.push(fc.string({ minLength: 1, maxLength: 40 }));
  }
  return out.length ? fc.oneof(...out) : null;
}

/** Up to 20 seeded draws, the first that `keep` accepts: the mutation must really break the schema. */
export function draw<T>(arb: fc.Arbitrary<T>, seed: number, keep: (t: T) => boolean): T | undefined {
  for (let k = 0; k < 20; k++) {
    const [value] = fc.sample(arb, { seed: seed + k, numRuns: 1 });
    if (value !== undefined && keep(value)) return value;
  }
  return undefined;
}

export const objectSchema = (schema: Schema, doc: OpenApiDocument) => {
  const s = typeof schema.$ref === 'string' ? doc.resolve(schema.$ref) : schema;
  return s.type === 'object' ? s : null;
};
