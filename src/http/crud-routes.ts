import { z } from 'zod';
import type { Caller } from '../auth/scope.js';
import type { IdempotentResult } from '../lib/idempotency.js';
import { pageOf } from '../lib/pagination.js';
import type { OperationSpec, Operations } from './operation.js';
import type { ProblemStatus } from './problem-schema.js';

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

/**
 * What every standard operation documents (see OperationSpec): problems default to the usual ones,
 * and `responses` adds to (or overrides) the standard answer.
 */
type Operation = Pick<
  OperationSpec<undefined, undefined, undefined, undefined>,
  'operationId' | 'summary' | 'description'
> & {
  problems?: readonly ProblemStatus[];
  responses?: OperationSpec<undefined, undefined, undefined, undefined>['responses'];
};

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
  /** What create, get and patch answer with. */
  item: z.ZodType;
  /** What a list page holds, when lists show less than a single read (default: `item`). */
  listItem?: z.ZodType;
  /** What create answers, when it shows more than a read (a secret shown once; default: `item`). */
  created?: z.ZodType;
  service: CrudService<O, z.output<C>, z.output<Q>, z.output<P>>;
}

const CREATE: readonly ProblemStatus[] = [400, 401, 403, 404, 409, 413, 415, 422];
const PATCH: readonly ProblemStatus[] = [400, 401, 403, 404, 413, 415];

/**
 * Registers the standard operations of a collection through the area's `operation` (see
 * operations()): create, list (cursor page), get and patch, each a schema and one service call with
 * the caller.
 */
export function crudRoutes<
  O extends Owner = [],
  C extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  P extends z.ZodType = z.ZodNever,
>(operation: Operations, spec: CrudRoutes<O, C, Q, P>): void {
  const { path, item, service } = spec;
  const owned = path.includes('/:id/');
  const owner = (params: { id: string }) => (owned ? [params.id] : []) as O;
  // The spec's types tie each method to its schemas; the handlers below only pass values along, and the
  // response schemas check what goes out.
  const call = service as Record<
    keyof CrudService<O, unknown, unknown, unknown>,
    (...args: unknown[]) => Promise<never>
  >;
  const doc = ({ operationId, summary, description }: Operation) => ({ operationId, summary, description });
  const answers = (op: Operation, status: number, schema: z.ZodType) => ({
    [status]: schema,
    ...op.responses,
  });
  const register = {
    create: (op: NonNullable<typeof spec.create>) => {
      const idempotent = op.idempotent !== false;
      operation(
        {
          ...doc(op),
          method: 'POST',
          url: path,
          ...(owned && { params: idParams }),
          ...(idempotent && { idempotent }),
          body: op.body,
          responses: answers(op, 201, spec.created ?? item),
          problems: op.problems ?? CREATE,
        },
        ({ caller, params, body, idempotencyKey }) =>
          call.create(caller, ...owner(params), body, ...(idempotent ? [idempotencyKey] : [])),
      );
    },
    list: (op: NonNullable<typeof spec.list>) =>
      operation(
        {
          ...doc(op),
          method: 'GET',
          url: path,
          ...(owned && { params: idParams }),
          querystring: op.query,
          responses: answers(op, 200, pageOf(spec.listItem ?? item)),
          problems: op.problems ?? [400, 401],
        },
        ({ caller, params, query }) => call.list(caller, ...owner(params), query),
      ),
    get: (op: Operation) =>
      operation(
        {
          ...doc(op),
          method: 'GET',
          url: `${path}/:id`,
          params: idParams,
          responses: answers(op, 200, item),
          problems: op.problems ?? [400, 401, 404],
        },
        ({ caller, params }) => call.get(caller, params.id),
      ),
    patch: (op: NonNullable<typeof spec.patch>) =>
      operation(
        {
          ...doc(op),
          method: 'PATCH',
          url: `${path}/:id`,
          params: idParams,
          body: op.body,
          responses: answers(op, 200, item),
          problems: op.problems ?? PATCH,
        },
        ({ caller, params, body }) => call.patch(caller, params.id, body),
      ),
  };
  for (const name of Object.keys(spec) as (keyof typeof register)[]) {
    const op = spec[name];
    if (name in register && op) register[name](op as never);
  }
}
