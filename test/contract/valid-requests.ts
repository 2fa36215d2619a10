import { generateSync } from 'json-schema-faker';
import { type FuzzWorld, realPathValue } from './fuzz-world.js';
import type { OpenApiDocument, Operation, Parameter, Schema } from './openapi-document.js';

/** A request in pieces, so a mutation can change one piece and the rest stays valid. */
export interface RequestParts {
  method: string;
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The body as a value; undefined sends none. */
  body: unknown;
  /** Bytes to send instead of the serialised body (malformed JSON, an oversized body). */
  bodyText?: string;
  /** Content-Type to send instead of the documented one. */
  contentType?: string;
}

/** What goes on the wire, printed as is when a check fails. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type Optionals = 'none' | 'all' | 'some';

export interface Generation {
  seed: number;
  /** Optional fields and parameters: none (the minimal request), all, or a seeded half. */
  optionals: Optionals;
  /** The caller's key, for request fields that carry one (Open311's api_key). */
  key: string | null;
  /** The current ETag of the resource, for If-Match. */
  etag?: string;
}

/**
 * A request that the description accepts, drawn by json-schema-faker from the operation's
 * schemas; fields that name objects or places get the world's, so the request reaches the handler.
 */
export function validRequest(
  doc: OpenApiDocument,
  world: FuzzWorld,
  op: Operation,
  g: Generation,
): RequestParts {
  const fields: Record<string, unknown> = { ...world.fields, ...(g.key ? { api_key: g.key } : {}) };
  // A body that must change something (minProperties) cannot be drawn without its optional fields:
  // such a schema is drawn with all of them.
  const draw = (schema: Schema, seed: number) =>
    drawWith(
      schema,
      seed,
      g.optionals === 'none' && Number(schema.minProperties ?? 0) > 0 ? 'all' : g.optionals,
    );
  const drawWith = (schema: Schema, seed: number, optionals: Generation['optionals']) =>
    generateSync(schema as Parameters<typeof generateSync>[0], {
      seed,
      optionalsProbability: optionals === 'all' ? 1 : optionals === 'none' ? 0 : 0.5,
      alwaysFakeOptionals: optionals === 'all',
      maxItems: 8,
      refResolver: (ref) => doc.resolve(ref) as Parameters<typeof generateSync>[0],
      outputTransform: (value, _schema, pointer) => {
        const name = pointer.split('/').pop() ?? '';
        if (!(name in fields) || (typeof value !== 'string' && typeof value !== 'number')) return value;
        const real = fields[name];
        return typeof value === 'string' ? String(real) : real;
      },
    });
  const group = (where: Parameter['in']) => op.parameters.filter((p) => p.in === where);
  const asObject = (params: Parameter[]): Schema => ({
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required || p.in === 'path').map((p) => p.name),
  });
  const strings = (values: unknown) =>
    Object.fromEntries(
      Object.entries((values ?? {}) as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );

  const path = strings(draw(asObject(group('path')), g.seed));
  for (const p of group('path')) {
    const real = realPathValue(world, op, p.name);
    if (real !== undefined) path[p.name] = real;
  }
  // A cursor is opaque: only one the API handed out is valid, so valid requests start at page one.
  const query = strings(draw(asObject(group('query').filter((p) => p.name !== 'cursor')), g.seed + 1));
  const headers = strings(draw(asObject(group('header')), g.seed + 2));
  if ('if-match' in headers) {
    if (g.etag) headers['if-match'] = g.etag;
    else delete headers['if-match'];
  }
  const body = op.body ? draw(op.body.schema, g.seed + 3) : undefined;
  return { method: op.method, path, query, headers, body };
}

/** Serialises the pieces as the documented media type says, with the caller's key. */
export function render(op: Operation, parts: RequestParts, key: string | null): WireRequest {
  const url =
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parts.path[name] ?? '')) +
    (Object.keys(parts.query).length ? `?${new URLSearchParams(parts.query)}` : '');
  const headers: Record<string, string> = { ...parts.headers };
  if (key && !op.isPublic) headers.authorization = `Bearer ${key}`;
  let body = parts.bodyText;
  if (body === undefined && parts.body !== undefined)
    body =
      op.body?.mediaType === 'application/x-www-form-urlencoded'
        ? new URLSearchParams(formFields(parts.body)).toString()
        : JSON.stringify(parts.body);
  if (body !== undefined)
    headers['content-type'] = parts.contentType ?? op.body?.mediaType ?? 'application/json';
  return { method: parts.method, url, headers, ...(body !== undefined ? { body } : {}) };
}

/** A form carries strings only: what the server receives, and what its schema is checked against. */
export function formFields(body: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).map(([k, v]) => [
      k,
      typeof v === 'string' ? v : JSON.stringify(v),
    ]),
  );
}
