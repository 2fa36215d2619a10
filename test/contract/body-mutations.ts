import fc from 'fast-check';
import {
  FOREIGN_CONTENT_TYPES,
  json,
  NAME,
  objectSchema,
  outOfRangeValues,
  wrongTypeValues,
} from './invalid-values.js';
import type { Drafting } from './mutations.js';
import type { Schema } from './openapi-document.js';
import { formFields, type RequestParts } from './valid-requests.js';

const withBody = (parts: RequestParts, body: unknown): RequestParts => ({ ...parts, body });

/**
 * The body broken: a field of the wrong type or past a bound, a required field left out, a field
 * nobody documents, no body at all, a media type the operation does not take, text that is not
 * JSON, more bytes than the server reads.
 */
export function bodyMutations(d: Drafting, bodyLimit: number | null): void {
  const { doc, op, valid } = d;
  if (!op.body) return;
  const media = op.body;
  // A form carries strings only: the schema is checked against what the server receives.
  const wire = (body: unknown) =>
    media.mediaType === 'application/x-www-form-urlencoded' ? formFields(body) : body;
  const broken = (body: unknown) => !doc.accepts(media.pointer, wire(body));
  const schema = objectSchema(media.schema, doc);
  const validBody = (valid.body ?? {}) as Record<string, unknown>;
  if (schema) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const propertyMutation = (kind: string, values: (s: Schema) => fc.Arbitrary<unknown> | null) => {
      const candidates = Object.entries(properties).flatMap(([name, s]) => {
        const arb = values(s);
        return arb ? [arb.map((value) => ({ name, value }))] : [];
      });
      if (!candidates.length) return;
      const hit = d.first(fc.oneof(...candidates), ({ name, value }) =>
        broken({ ...validBody, [name]: value }),
      );
      if (hit)
        d.add({
          kind,
          detail: `body.${hit.name} = ${JSON.stringify(hit.value)?.slice(0, 80)}`,
          parts: withBody(valid, { ...validBody, [hit.name]: hit.value }),
          expect: [400],
          names: `body.${hit.name}`,
        });
    };
    propertyMutation('body: wrong type', (s) => wrongTypeValues(s, doc));
    propertyMutation('body: out of range', (s) => outOfRangeValues(s, doc));
    const required = (schema.required as string[] | undefined) ?? [];
    if (required.length) {
      const name = d.one(fc.constantFrom(...required));
      const { [name]: _dropped, ...rest } = validBody;
      if (broken(rest))
        d.add({
          kind: 'body: missing required field',
          detail: `without body.${name}`,
          parts: withBody(valid, rest),
          expect: [400],
          names: `body.${name}`,
        });
    }
    const unknown = d.first(
      fc.tuple(NAME, json),
      ([name, value]) => !(name in properties) && broken({ ...validBody, [name]: value }),
    );
    if (unknown)
      d.add({
        kind: 'body: unknown field',
        detail: `body.${unknown[0]} = ${JSON.stringify(unknown[1])?.slice(0, 60)}`,
        parts: withBody(valid, { ...validBody, [unknown[0]]: unknown[1] }),
        expect: [400],
        names: `body.${unknown[0]}`,
      });
  }
  if (media.required)
    d.add({
      kind: 'body: missing',
      detail: 'no body at all',
      parts: withBody(valid, undefined),
      expect: [400],
      names: 'body',
    });
  const contentType = d.one(fc.constantFrom(...FOREIGN_CONTENT_TYPES.filter((t) => t !== media.mediaType)));
  d.add({
    kind: 'body: undocumented content type',
    detail: `Content-Type: ${contentType}`,
    parts: { ...valid, contentType, body: valid.body ?? {} },
    expect: [415],
  });
  if (media.mediaType !== 'application/json') return;
  const text = JSON.stringify(valid.body ?? {});
  const cut = d.first(
    fc.tuple(fc.nat({ max: Math.max(text.length - 1, 0) }), fc.constantFrom('', ',', '}', '{', '"', 'tru')),
    ([at, tail]) => {
      try {
        JSON.parse(text.slice(0, at) + tail);
        return false;
      } catch {
        return true;
      }
    },
  );
  if (cut)
    d.add({
      kind: 'body: malformed JSON',
      detail: `${text.slice(0, cut[0]) + cut[1]}`.slice(0, 80),
      parts: { ...valid, bodyText: text.slice(0, cut[0]) + cut[1] },
      expect: [400],
    });
  if (bodyLimit !== null)
    d.add({
      kind: 'body: larger than the body limit',
      detail: `${bodyLimit + 1} bytes`,
      parts: { ...valid, bodyText: JSON.stringify({ pad: 'x'.repeat(bodyLimit) }) },
      expect: [413],
    });
}
