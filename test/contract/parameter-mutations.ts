import fc from 'fast-check';
import { chars, NAME, outOfRangeValues, wrongTypeValues } from './invalid-values.js';
import type { Drafting } from './mutations.js';
import type { Parameter } from './openapi-document.js';

/** Fastify's router gives up on longer path parameters; the API must still answer in its own words. */
const PATH_PARAMETER_LIMIT = 100;
/** Cursors crafted from what the API's own cursors decode to: a digit, 36 of [0-9a-f-]. */
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const CRAFTED_CURSORS = ['MA', b64('-'.repeat(36))];

const PARTS = { query: 'query', header: 'headers', path: 'path' } as const;
/** Where Fastify's validation errors say the field was: errors[].path starts with it. */
const CONTEXT = { query: 'querystring', header: 'headers', path: 'params' } as const;

/**
 * Parameters broken: a value of the wrong type or past a bound in the query, a header or the path;
 * a required query parameter left out, one nobody documents, crafted cursors, a path parameter past
 * the router's limit, and ids of objects that do not exist.
 */
export function parameterMutations(d: Drafting): void {
  const { doc, op, valid, validStatus } = d;
  const params = (where: Parameter['in']) => op.parameters.filter((p) => p.in === where);
  // Where the server refused the valid request itself, it may refuse a mutation of it the same way.
  const alsoRefused = (statuses: number[]) => (validStatus === 400 ? [400, ...statuses] : statuses);

  const broken = (
    kind: string,
    where: 'query' | 'header' | 'path',
    values: (p: Parameter) => fc.Arbitrary<unknown> | null,
  ) => {
    const candidates = params(where).flatMap((p) => {
      const arb = values(p);
      return arb
        ? [arb.map((v) => ({ p, value: typeof v === 'string' ? v : (JSON.stringify(v) ?? '') }))]
        : [];
    });
    if (!candidates.length) return;
    // A path parameter past the router's limit is another mutation (overlong parameter).
    const fitsRouter = (value: string) =>
      where !== 'path' || encodeURIComponent(value).length <= PATH_PARAMETER_LIMIT;
    const hit = d.first(
      fc.oneof(...candidates),
      ({ p, value }) => fitsRouter(value) && !doc.parameterFits(p, value),
    );
    if (hit)
      d.add({
        kind,
        detail: `${where} ${hit.p.name} = ${JSON.stringify(hit.value.slice(0, 80))}`,
        parts: { ...valid, [PARTS[where]]: { ...valid[PARTS[where]], [hit.p.name]: hit.value } },
        expect: where === 'path' ? [400, 404] : [400],
        names: `${CONTEXT[where]}.${hit.p.name}`,
      });
  };
  for (const where of ['query', 'header', 'path'] as const) {
    broken(`${where}: wrong type`, where, (p) => wrongTypeValues(p.schema, doc));
    broken(`${where}: out of range`, where, (p) => outOfRangeValues(p.schema, doc));
  }

  const required = params('query').filter((p) => p.required);
  if (required.length) {
    const p = d.one(fc.constantFrom(...required));
    const { [p.name]: _dropped, ...query } = valid.query;
    d.add({
      kind: 'query: missing required parameter',
      detail: `without ${p.name}`,
      parts: { ...valid, query },
      expect: [400],
      names: `querystring.${p.name}`,
    });
  }
  // With a value: GeoReport v2 (Open311) treats an empty parameter as one not sent.
  const unknown = d.first(fc.tuple(NAME, fc.string({ minLength: 1, maxLength: 12 })), ([name]) =>
    op.parameters.every((p) => p.name !== name),
  );
  if (unknown)
    d.add({
      kind: 'query: unknown parameter',
      detail: `${unknown[0]}=${unknown[1]}`,
      parts: { ...valid, query: { ...valid.query, [unknown[0]]: unknown[1] } },
      expect: [400],
      names: `querystring.${unknown[0]}`,
    });
  if (params('query').some((p) => p.name === 'cursor')) {
    // Strings of the shapes the decoder lets through (36 of [0-9a-f-], or digits) that are no ids.
    const generated = d.one(
      fc.oneof(
        fc.string({ unit: chars('0123456789abcdef-'), minLength: 36, maxLength: 36 }),
        fc.nat().map(String),
      ),
    );
    for (const cursor of [...CRAFTED_CURSORS, b64(generated)])
      d.add({
        kind: 'query: crafted cursor',
        detail: `cursor=${cursor} (decodes to ${JSON.stringify(Buffer.from(cursor, 'base64url').toString())})`,
        parts: { ...valid, query: { ...valid.query, cursor } },
        // The handler reads the cursor after the role check and the lookup of the path's object.
        expect: [400, 403, 404],
        names: 'querystring.cursor',
      });
  }

  const path = params('path');
  if (!path.length) return;
  const [p, value] = d.one(
    fc.tuple(
      fc.constantFrom(...path),
      fc.string({
        unit: chars('abcdefghijklmnopqrstuvwxyz0123456789'),
        minLength: PATH_PARAMETER_LIMIT + 1,
        maxLength: 300,
      }),
    ),
  );
  d.add({
    kind: 'path: overlong parameter',
    detail: `${p.name} of ${value.length} characters (router limit ${PATH_PARAMETER_LIMIT})`,
    parts: { ...valid, path: { ...valid.path, [p.name]: value } },
    expect: doc.parameterFits(p, value) ? alsoRefused([403, 404, 414]) : [400, 404, 414],
  });
  const ids = path.filter((q) => q.schema.format === 'uuid');
  if (ids.length) {
    const uuids = ids.map(() => d.one(fc.uuid({ version: 7 })));
    d.add({
      kind: 'path: unknown object',
      detail: `random UUIDs for ${ids.map((q) => q.name).join(', ')}`,
      parts: {
        ...valid,
        path: { ...valid.path, ...Object.fromEntries(ids.map((q, i) => [q.name, uuids[i]!])) },
      },
      expect: alsoRefused([403, 404]),
    });
  }
}
