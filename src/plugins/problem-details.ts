import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, Errors, type FieldError } from '../errors.js';
import { routeMiss } from './route-table.js';
import { securityHeaders } from './security.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** An AppError as an RFC 9457 problem document. */
export function problemDocument(err: AppError, instance: string | undefined, requestId: string) {
  return {
    type: `https://whistle-dispatch.dev/problems/${err.code.replace(/_/g, '-')}`,
    title: err.title,
    status: err.status,
    detail: err.detail,
    code: err.code,
    instance,
    requestId,
    ...err.extra,
  };
}

/**
 * Serialises an AppError as an RFC 9457 problem document, with the security headers whichever hook
 * refused the request (some run before the one that sets them).
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, err: AppError) {
  reply.headers(securityHeaders);
  for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
  return reply
    .status(err.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemDocument(err, request.url, request.id));
}

const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Connection is closed|not queryable|Client was closed|enableOfflineQueue options is false|max retries per request/i;

/**
 * Postgres or Redis unreachable: the client should come back later, nothing was written. Drizzle
 * wraps driver errors (DrizzleQueryError), so the cause chain is searched too.
 */
function isUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.code === 'string' && CONNECTION_ERRORS.has(e.code)) return true;
    if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

function fromFastifyError(error: FastifyError): AppError {
  if (isUnavailable(error)) {
    const err = Errors.unavailable('Postgres or Redis is not answering; retry shortly');
    err.headers['retry-after'] = '5';
    return err;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((v) => {
      const where = error.validationContext ?? 'body';
      const path = `${where}${v.instancePath.replace(/\//g, '.')}`.replace(/\.$/, '');
      // fastify-type-provider-zod puts the zod issue code in `keyword` and the rest of the issue in `params`.
      const keys =
        v.keyword === 'unrecognized_keys' ? (v.params as { keys?: string[] } | undefined)?.keys : undefined;
      return { path: keys ? `${path}.${keys.join(',')}` : path, message: v.message ?? 'invalid' };
    });
    return Errors.validationFailed(`${errors.length} field(s) are not valid`, { errors });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return Errors.payloadTooLarge();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return Errors.unsupportedMediaType(error.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return Errors.badRequest('The body is not valid JSON');
    default:
      break;
  }
  if (error.statusCode === 429) {
    const err = Errors.rateLimited(error.message);
    return err;
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('bad_request', error.statusCode, 'Bad request', error.message);
  }
  return Errors.internal();
}

/**
 * Every error leaves as application/problem+json with a stable `code` and the request id; no route for
 * the request is a 404, or a 405 with `Allow` when the path answers other methods; a request that
 * arrives while the app closes is a 503.
 */
export const problemDetailsPlugin = fp(async (app: FastifyInstance) => {
  // Requests that arrive while the app closes get a 503 problem document (return503OnClosing is off:
  // fastify's own 503 is plain JSON).
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (_request, _reply, done) => {
    if (!closing) return done();
    const err = Errors.unavailable('The server is shutting down; retry on another replica');
    err.headers['retry-after'] = '1';
    done(err);
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = error instanceof AppError ? error : fromFastifyError(error);
    if (appError.status >= 500) {
      const cause = isResponseSerializationError(error) ? error.cause : error;
      request.log.error({ err: cause }, 'request failed');
    }
    return sendProblem(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      routeMiss(request, (path) => Errors.routeNotFound(`${request.method} ${path} is not a route`)),
    ),
  );
});
