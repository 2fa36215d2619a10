import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { Errors } from '../errors.js';
import { acceptsAny } from './accept.js';
import { type ProblemStatus, withProblems } from './problem-schema.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers client errors in a format of its own and its URL names the response format
     * (Open311): Accept is not negotiated and only the errors answered before it runs are added.
     */
    ownErrorFormat?: boolean;
  }
}

/** Methods whose body fastify parses: a body can be too large (413) or of another type (415). */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The problem statuses an operation can answer with whatever its handler does: 400 (an unknown query
 * parameter; a body that is not JSON), 406, 413 and 415 (methods with a body), 414 (a path parameter
 * over 100 characters, or a request line over 16 KiB) and 431 (headers too large, answered by the server before fastify).
 */
function statusesOf(method: string, ownErrorFormat: boolean): ProblemStatus[] {
  // 414: a path parameter over 100 characters, or a request line longer than the server reads.
  const statuses: ProblemStatus[] = [414, 431];
  if (ownErrorFormat) return statuses;
  statuses.push(400, 406);
  if (WITH_BODY.has(method)) statuses.push(413, 415);
  return statuses;
}

/** A strict query: unknown parameters are a 400; an operation without a query schema takes none. */
function strictQuery(route: RouteOptions, querystring: unknown): z.ZodObject {
  if (querystring === undefined) return z.strictObject({});
  if (querystring instanceof z.ZodObject) return querystring.strict();
  throw new Error(`${route.method} ${route.url}: a query schema is a zod object`);
}

/** The media types of a response map: a schema alone is JSON, a `content` map names its own. */
function mediaTypesOf(response: Record<string, unknown>): string[] {
  const types = Object.values(response).flatMap((r) =>
    r && typeof r === 'object' && 'content' in r ? Object.keys(r.content as object) : ['application/json'],
  );
  return [...new Set(types)];
}

/**
 * What every operation of the OpenAPI document promises, added once as the routes register rather
 * than by each route: unknown query parameters are refused; an operation on a public route says that
 * it needs no key (`security: []`); the problem statuses any operation can answer with are documented;
 * and a request whose Accept admits none of the media types the operation answers with (its successes
 * and its problem documents) is a 406. Hidden routes (the docs, the dashboard) are left as they are.
 */
export const operationContractPlugin = fp(async (app: FastifyInstance) => {
  const produces = new Map<string, string[]>();
  app.addHook('onRoute', (route) => {
    const schema = route.schema as (FastifySchema & { hide?: boolean; security?: unknown }) | undefined;
    if (!schema || schema.hide) return;
    const ownErrorFormat = route.config?.ownErrorFormat === true;
    const method = String(route.method);
    const given = (schema.response ?? {}) as Record<string, unknown>;
    const added = withProblems({}, statusesOf(method, ownErrorFormat));
    const response = { ...added, ...given };
    route.schema = {
      ...schema,
      querystring: strictQuery(route, schema.querystring),
      response,
      ...(route.config?.public && schema.security === undefined && { security: [] }),
    } as FastifySchema;
    if (!ownErrorFormat) produces.set(`${method} ${route.url}`, mediaTypesOf(response));
  });
  app.addHook('onRequest', (request, _reply, done) => {
    const accept = request.headers.accept;
    const types = accept && produces.get(`${request.routeOptions.method} ${request.routeOptions.url}`);
    if (!accept || !types || acceptsAny(accept, types)) return done();
    done(Errors.notAcceptable(`Accept: ${accept.slice(0, 200)} admits none of ${types.join(', ')}`));
  });
});
