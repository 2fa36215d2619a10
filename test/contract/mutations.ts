import fc from 'fast-check';
import { bodyMutations } from './body-mutations.js';
import { draw, FOREIGN_CONTENT_TYPES } from './invalid-values.js';
import type { OpenApiDocument, Operation } from './openapi-document.js';
import { parameterMutations } from './parameter-mutations.js';
import type { RequestParts } from './valid-requests.js';

/**
 * A valid request changed in one way. Most changes make it invalid: `expect` lists the statuses a
 * server keeping its word may answer, and nothing may be written. Some leave it a request the
 * description says nothing about (an Accept it cannot meet, a body where none is documented):
 * `expect` is null, and the answer need only be one the description documents.
 */
export interface Mutation {
  kind: string;
  detail: string;
  parts: RequestParts;
  expect: number[] | null;
  /**
   * The field a 400 validation_failed must name in its `errors` (body.title, querystring.limit,
   * params.id, headers.idempotency-key): refused for the right reason, not another.
   */
  names?: string;
}

/** What the mutations of one valid request share: the request, and seeded draws from fast-check. */
export interface Drafting {
  doc: OpenApiDocument;
  op: Operation;
  valid: RequestParts;
  /** The status the valid request got. */
  validStatus: number;
  /** One seeded value of the arbitrary. */
  one<T>(arb: fc.Arbitrary<T>): T;
  /** The first of a few seeded values that `keep` accepts. */
  first<T>(arb: fc.Arbitrary<T>, keep: (t: T) => boolean): T | undefined;
  add(m: Mutation | undefined): void;
}

const UNACCEPTABLE = ['image/png', 'application/pdf', 'text/html', 'application/xml', 'text/csv'];

/**
 * Every way this suite changes a valid request of the operation, each drawn by fast-check from the
 * seed and, when it is meant to be invalid, kept only when the description itself says it is.
 */
export function mutations(
  doc: OpenApiDocument,
  op: Operation,
  valid: RequestParts,
  seed: number,
  validStatus: number,
  /** The server's body limit, when this call should send a body over it (once per operation will do). */
  bodyLimit: number | null,
): Mutation[] {
  const found: Mutation[] = [];
  let n = seed;
  const next = () => {
    n = (n * 48271) % 0x7fffffff;
    return n;
  };
  const d: Drafting = {
    doc,
    op,
    valid,
    validStatus,
    one: (arb) => fc.sample(arb, { seed: next(), numRuns: 1 })[0]!,
    first: (arb, keep) => draw(arb, next(), keep),
    // When the server refused the valid request itself (by a rule the description does not state),
    // the refusal of a mutation may name that rule rather than the mutated field.
    add: (m) => m && found.push(validStatus === 400 ? { ...m, names: undefined } : m),
  };
  const key = valid.headers['idempotency-key'];
  bodyMutations(d, bodyLimit);
  parameterMutations(d);
  probes(d);
  // A mutation is another request: it gets its own Idempotency-Key, unless reusing one is the point.
  return found.map((m) =>
    key !== undefined && m.parts.headers['idempotency-key'] === key && m.kind !== REUSED
      ? { ...m, parts: { ...m.parts, headers: { ...m.parts.headers, 'idempotency-key': d.one(fc.uuid()) } } }
      : m,
  );
}

const REUSED = 'header: Idempotency-Key reused for another request';

/** Requests the description says nothing about; whatever the server answers must be documented. */
function probes(d: Drafting): void {
  const { op, valid } = d;
  const offered = new Set(Object.values(op.responses).flatMap((media) => Object.keys(media)));
  const unacceptable = UNACCEPTABLE.filter((t) => !offered.has(t));
  if (unacceptable.length) {
    const accept = d.one(fc.constantFrom(...unacceptable));
    // RFC 9110 lets a server answer 406 or disregard Accept; either way the answer must be documented.
    d.add({
      kind: 'header: unacceptable Accept',
      detail: `Accept: ${accept}`,
      parts: { ...valid, headers: { ...valid.headers, accept } },
      expect: null,
    });
  }
  const optional = op.parameters.filter((p) => p.in === 'header' && !p.required && p.name in valid.headers);
  if (optional.length) {
    const p = d.one(fc.constantFrom(...optional));
    const { [p.name]: _dropped, ...headers } = valid.headers;
    d.add({
      kind: 'header: optional header left out',
      detail: `without ${p.name}`,
      parts: { ...valid, headers },
      expect: null,
    });
  }
  const ids = op.parameters.filter((p) => p.in === 'path' && p.schema.format === 'uuid');
  if ('idempotency-key' in valid.headers && ids.length)
    d.add({
      kind: REUSED,
      detail: `the valid request's key, random UUIDs for ${ids.map((p) => p.name).join(', ')}`,
      parts: {
        ...valid,
        path: {
          ...valid.path,
          ...Object.fromEntries(ids.map((p) => [p.name, d.one(fc.uuid({ version: 7 }))])),
        },
      },
      expect: null,
    });
  if (!op.body && op.method !== 'GET') {
    const [contentType, text] = d.one(
      fc.tuple(fc.constantFrom(...FOREIGN_CONTENT_TYPES), fc.string({ minLength: 1, maxLength: 20 })),
    );
    d.add({
      kind: 'body: where none is documented',
      detail: `Content-Type: ${contentType}`,
      parts: {
        ...valid,
        contentType,
        bodyText: contentType === 'application/json' ? JSON.stringify(text) : text,
      },
      expect: null,
    });
  }
}
