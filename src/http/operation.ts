import type { SSERouteOptions } from '@fastify/sse';
import type { FastifyContextConfig, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Caller } from '../auth/scope.js';
import type { IdempotentResult } from '../lib/idempotency.js';
import { OPTIONAL_BODY } from '../plugins/openapi.js';
import { callerOf } from './caller.js';
import { idempotencyHeaders, sendIdempotent, withIdempotencyRefusals } from './headers.js';
import {
  type ProblemDocument,
  type ProblemStatus,
  type ResponseHeaders,
  withProblems,
} from './problem-schema.js';

export type App = Parameters<FastifyPluginAsyncZod>[0];

/** What an operation does, the first word of its operationId. */
type Verb =
  | 'list'
  | 'get'
  | 'create'
  | 'update'
  | 'set'
  | 'delete'
  | 'revoke'
  | 'rotate'
  | 'reportIn'
  | 'export'
  | 'erase'
  | 'publish'
  | 'cancel'
  | 'approve'
  | 'reject'
  | 'verify'
  | 'withdraw'
  | 'checkIn'
  | 'complete'
  | 'accept'
  | 'decline'
  | 'retry'
  | 'extend'
  | 'escalate'
  | 'respondTo'
  | 'rate'
  | 'stream'
  | 'pause'
  | 'resume'
  | 'end'
  | 'handOver';

/**
 * A stable operationId in camelCase, verb then noun (`listOrders`, `acceptOffer`): generated clients
 * name their methods after it, so it is written once by hand and never derived from the path.
 */
export type OperationId = `${Verb}${Capitalize<string>}`;

type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * A success response: a schema sent as JSON, or a response with media types of its own (CSV, XML,
 * text) and the headers it sends (JSON Schemas by header name).
 */
export type Success =
  | z.ZodType
  | { description: string; content: Record<string, { schema: z.ZodType }>; headers?: ResponseHeaders };

export interface OperationSpec<P extends Schema, Q extends Schema, H extends Schema, B extends Schema> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the prefix the routes are registered under. */
  url: string;
  operationId: OperationId;
  /** One line: what the operation does. */
  summary: string;
  /** Who may call it (roles), what it does, and the rules and errors a client meets. */
  description: string;
  /** Default: the tags of the group (see `routesOf`). */
  tags?: string[];
  params?: P;
  querystring?: Q;
  headers?: H;
  body?: B;
  /**
   * The responses by status: the successes (the first 2xx is the status sent unless the handler sets
   * one), and any error whose description says more than the usual one (see problemResponse).
   */
  responses: Record<number, Success>;
  /** The error statuses the operation answers with; 429 is added wherever the rate limits apply. */
  problems: readonly ProblemStatus[];
  /**
   * A creating POST: documents Idempotency-Key and the key's refusals (409, 422), hands the key to
   * the handler and sends its IdempotentResult (a replay is marked with Idempotent-Replayed).
   */
  idempotent?: true;
  /**
   * The route's config, over the group's: `public` (no key; `security: []` is documented, see
   * operation-contract.ts), `rateLimit: false` (no 429), `memberBudget`.
   */
  config?: FastifyContextConfig;
  /**
   * The operation revokes or replaces API keys: the keys this process has cached are dropped once it
   * succeeds, so the change takes effect at once here (other processes within AUTH_CACHE_TTL_MS).
   */
  revokesKeys?: true;
  /** Media types of the body other than JSON (Open311 posts forms). */
  consumes?: string[];
  /** A Server-Sent Events response (@fastify/sse): the handler gets `reply.sse`. */
  sse?: SSERouteOptions;
}

/** What a handler gets: the validated request parts, the caller (its API key) and the reply. */
export interface OperationInput<P extends Schema, Q extends Schema, H extends Schema, B extends Schema> {
  /** Throws 401 on a public route called without a key; read it only where a key is required. */
  readonly caller: Caller;
  params: Out<P>;
  query: Out<Q>;
  headers: Out<H>;
  body: Out<B>;
  idempotencyKey: string | undefined;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** One service call; an idempotent operation returns the service's IdempotentResult. */
export type OperationHandler<P extends Schema, Q extends Schema, H extends Schema, B extends Schema> = (
  input: OperationInput<P, Q, H, B>,
) => Promise<unknown>;

/** How a group of operations differs from the API's usual: its tag, how it writes errors, its route config. */
export interface OperationGroup {
  tags: string[];
  problemDocument?: ProblemDocument;
  config?: FastifyContextConfig;
}

const successStatus = (responses: object): number =>
  Number(Object.keys(responses).find((s) => s.startsWith('2')) ?? 200);

/**
 * Registers one operation of the API: its OpenAPI description (operationId, summary, description,
 * tags, parameters, body, responses with their problem documents) and a handler that makes one
 * service call. Every route of the API is declared here, so the description cannot lack an
 * operationId, a summary or a description, and every response is assembled the same way.
 */
export function operation<
  P extends Schema = undefined,
  Q extends Schema = undefined,
  H extends Schema = undefined,
  B extends Schema = undefined,
>(
  app: App,
  group: OperationGroup,
  spec: OperationSpec<P, Q, H, B>,
  handler: OperationHandler<P, Q, H, B>,
): void {
  const config = { ...group.config, ...spec.config };
  const rateLimited = config.rateLimit !== false;
  const problems = rateLimited ? [...spec.problems, 429 as const] : spec.problems;
  const status = successStatus(spec.responses);
  const responses = withProblems(spec.responses, problems, group.problemDocument);
  // A body that may be left out (its fields all have defaults, or it is nullish) is `{}` when it is.
  const optionalBody = spec.body?.safeParse(undefined).success === true;
  app.route({
    method: spec.method,
    url: spec.url,
    config,
    ...(spec.sse && { sse: spec.sse }),
    ...(optionalBody && {
      preValidation: async (request: FastifyRequest) => {
        request.body ??= {};
      },
    }),
    schema: {
      operationId: spec.operationId,
      summary: spec.summary,
      description: spec.description,
      tags: spec.tags ?? group.tags,
      ...(spec.consumes && { consumes: spec.consumes }),
      ...(spec.params && { params: spec.params }),
      ...(spec.querystring && { querystring: spec.querystring }),
      ...((spec.headers ?? spec.idempotent) && { headers: spec.headers ?? idempotencyHeaders }),
      ...(spec.body && { body: spec.body }),
      // fastify-swagger documents every body as required (see plugins/openapi.ts).
      ...(optionalBody && { [OPTIONAL_BODY]: true }),
      response: spec.idempotent ? withIdempotencyRefusals(responses) : responses,
    },
    handler: async (request, reply) => {
      if (status !== 200) (reply as FastifyReply).status(status);
      const headers = request.headers as Record<string, string | undefined>;
      const result = await handler({
        get caller() {
          return callerOf(request);
        },
        params: request.params as never,
        query: request.query as never,
        headers: request.headers as never,
        body: request.body as never,
        idempotencyKey: spec.idempotent ? headers['idempotency-key'] : undefined,
        request,
        reply,
      });
      if (spec.revokesKeys) app.keyCache.clear();
      if (spec.idempotent) return sendIdempotent(reply, result as IdempotentResult<unknown>);
      // A 204 has nothing more to send. A handler that sent the reply itself returns the reply,
      // which is thenable: awaited, it is undefined, and sending again would fail.
      if (result === undefined) return reply.sent ? reply : reply.send();
      return result;
    },
  });
}

/** The `operation` of one area: its group's tags, error format and config on each operation. */
export const operations =
  (app: App, group: OperationGroup) =>
  <
    P extends Schema = undefined,
    Q extends Schema = undefined,
    H extends Schema = undefined,
    B extends Schema = undefined,
  >(
    spec: OperationSpec<P, Q, H, B>,
    handler: OperationHandler<P, Q, H, B>,
  ) =>
    operation(app, group, spec, handler);

/** The `operation` of one area, as `operations` makes it. */
export type Operations = ReturnType<typeof operations>;

/**
 * The route plugin of one area: `declare` gets the area's `operation` (the group's tag on each one)
 * and the app, to read its services.
 */
export const routesOf =
  (group: OperationGroup, declare: (operation: Operations, app: App) => void | Promise<void>) =>
  async (app: App) =>
    declare(operations(app, group), app);
