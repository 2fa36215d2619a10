import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Caller } from '../auth/scope.js';
import type { IdempotentResult } from '../lib/idempotency.js';
import { pageOf } from '../lib/pagination.js';
import { callerOf } from './caller.js';
import { idempotencyHeaders, sendIdempotent, withIdempotencyRefusals } from './headers.js';
import { type ProblemStatus, withProblems } from './problem-schema.js';

type App = Parameters<FastifyPluginAsyncZod>[0];

/** The params of a route on one object: `/<collection>/:id…`. */
export const idParams = z.object({ id: z.uuid() });

/** A collection at the top (`/regions`), or one owned by an object (`/units/:id/pairings`). */
type Owner = [] | [ownerId: string];

/**
 * The service behind a collection: its API-facing methods, each taking the caller first and, for an
 * owned collection, the owner's id next. `create` is idempotent unless the route says otherwise.
 */
export interface CrudService<O extends Owner, C, Q, P> {
  create?(
    caller: Caller,
    ...args: [...O, C, string | undefined]
  ): Promise<IdempotentResult<unknown> | unknown>;
  list?(caller: Caller, ...args: [...O, Q]): Promise<{ items: unknown[]; nextCursor: string | null }>;
  get?(caller: Caller, id: string): Promise<unknown>;
  patch?(caller: Caller, id: string, body: P): Promise<unknown>;
}

interface Operation {
  summary: string;
  /** The problem statuses the operation can answer with (each operation has its usual ones). */
  problems?: readonly ProblemStatus[];
}

/** The operations of a collection, registered in the order given, which is the order OpenAPI lists them. */
export interface CrudOperations<C extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  /** POST <path>: 201 with the item. Idempotent (Idempotency-Key) unless `idempotent` is false. */
  create?: Operation & { body: C; idempotent?: false };
  /** GET <path>: a cursor page of items. */
  list?: Operation & { query: Q };
  /** GET <path>/:id */
  get?: Operation;
  /** PATCH <path>/:id */
  patch?: Operation & { body: P };
}

export interface CrudRoutes<O extends Owner, C extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>
  extends CrudOperations<C, Q, P> {
  /** `/regions`, or `/units/:id/pairings` for a collection owned by the object `id`. */
  path: string;
  tags: string[];
  /** What create, get and patch answer with. */
  item: z.ZodType;
  /** What a list page holds, when lists show less than a single read (default: `item`). */
  listItem?: z.ZodType;
  service: CrudService<O, z.output<C>, z.output<Q>, z.output<P>>;
}

/** A PATCH body changes something: an empty one is refused. */
export function changesSomething(v: object, ctx: z.RefinementCtx): void {
  if (Object.keys(v).length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'nothing to change' });
}

/** Two fields (a latitude and its longitude) are given together or not at all, and null together. */
export const givenTogether =
  <A extends string, B extends string>(a: A, b: B) =>
  (v: Partial<Record<A | B, number | null>>, ctx: z.RefinementCtx) => {
    if ((v[a] === undefined) !== (v[b] === undefined) || (v[a] === null) !== (v[b] === null)) {
      ctx.addIssue({ code: 'custom', path: [b], message: `${a} and ${b} are given together` });
    }
  };

const CREATE: readonly ProblemStatus[] = [400, 401, 403, 404, 409, 413, 415, 422];
const PATCH: readonly ProblemStatus[] = [400, 401, 403, 404, 413, 415];

/**
 * Registers the standard operations of a collection: create, list (cursor page), get and patch, each a
 * schema and one service call with the caller.
 */
export function crudRoutes<
  O extends Owner = [],
  C extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  P extends z.ZodType = z.ZodNever,
>(app: App, spec: CrudRoutes<O, C, Q, P>): void {
  const { path, tags, item, service } = spec;
  const owned = path.includes('/:id/');
  const owner = (params: unknown) => (owned ? [(params as { id: string }).id] : []) as O;
  // The spec's types tie each method to its schemas; the handlers below only pass values along, and the
  // response schemas check what goes out.
  const call = service as Record<
    keyof CrudService<O, unknown, unknown, unknown>,
    (...args: unknown[]) => Promise<never>
  >;
  const register = {
    create: (op: NonNullable<typeof spec.create>) => {
      const idempotent = op.idempotent !== false;
      app.post(
        path,
        {
          schema: {
            tags,
            summary: op.summary,
            ...(owned && { params: idParams }),
            ...(idempotent && { headers: idempotencyHeaders }),
            body: op.body,
            response: idempotent
              ? withIdempotencyRefusals(withProblems({ 201: item }, op.problems ?? CREATE))
              : withProblems({ 201: item }, op.problems ?? CREATE),
          },
        },
        async (request, reply) => {
          const key = idempotent ? (request.headers['idempotency-key'] as string | undefined) : undefined;
          const args = [
            callerOf(request),
            ...owner(request.params),
            request.body,
            ...(idempotent ? [key] : []),
          ];
          const result = await call.create(...args);
          return idempotent
            ? sendIdempotent(reply, result as IdempotentResult<unknown>)
            : reply.status(201).send(result);
        },
      );
    },
    list: (op: NonNullable<typeof spec.list>) =>
      app.get(
        path,
        {
          schema: {
            tags,
            summary: op.summary,
            ...(owned && { params: idParams }),
            querystring: op.query,
            response: withProblems({ 200: pageOf(spec.listItem ?? item) }, op.problems ?? [400, 401]),
          },
        },
        async (request) => call.list(callerOf(request), ...owner(request.params), request.query),
      ),
    get: (op: Operation) =>
      app.get(
        `${path}/:id`,
        {
          schema: {
            tags,
            summary: op.summary,
            params: idParams,
            response: withProblems({ 200: item }, op.problems ?? [400, 401, 404]),
          },
        },
        async (request) => call.get(callerOf(request), request.params.id),
      ),
    patch: (op: NonNullable<typeof spec.patch>) =>
      app.patch(
        `${path}/:id`,
        {
          schema: {
            tags,
            summary: op.summary,
            params: idParams,
            body: op.body,
            response: withProblems({ 200: item }, op.problems ?? PATCH),
          },
        },
        async (request) => call.patch(callerOf(request), request.params.id, request.body),
      ),
  };
  for (const name of Object.keys(spec) as (keyof typeof register)[]) {
    const op = spec[name];
    if (name in register && op) register[name](op as never);
  }
}
