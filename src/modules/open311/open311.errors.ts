import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, Errors } from '../../errors.js';
import { routeMiss } from '../../plugins/route-table.js';
import { sendErrors } from './open311.format.js';

/**
 * GeoReport v2 keeps few statuses: 404 for a resource that does not exist, 403 for a missing or
 * wrong api_key, 400 for anything else the client must fix; HTTP's own refusals of a request
 * (413 too large, 415 not a form, 429 too many) keep theirs.
 */
function open311Status(status: number): number {
  if (status === 401 || status === 403) return 403;
  if ([404, 413, 415, 429].includes(status)) return status;
  return 400;
}

function validationDescriptions(
  error: FastifyError & { validation: NonNullable<FastifyError['validation']> },
): string[] {
  return error.validation.map((v) => {
    const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    return field ? `${field}: ${v.message}` : (v.message ?? 'invalid request');
  });
}

/**
 * Client errors leave as Open311 error lists in the format of the URL. Server failures go on to the
 * application's handler, which logs them and answers with a problem document (503 with Retry-After
 * when Postgres or Redis is down). Nothing here logs the request: its form carries names and phones.
 */
export function open311ErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.status >= 500) throw error;
    return sendErrors(request, reply, open311Status(error.status), [error.detail]);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    if (error.validationContext === 'params') {
      const badFormat = error.validation.some((v) => v.instancePath === '/format');
      const resource = request.url.split('?')[0];
      return sendErrors(request, reply, 404, [
        badFormat ? `Unknown format in ${resource}: use .xml or .json` : `${resource} was not found`,
      ]);
    }
    return sendErrors(request, reply, 400, validationDescriptions(error));
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500)
    return sendErrors(request, reply, open311Status(error.statusCode), [error.message]);
  throw error;
}

/** An unknown resource is a 404; a known one asked with another method a 405 with `Allow`. */
export function open311NotFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  const miss = routeMiss(request, (path) =>
    Errors.routeNotFound(`${request.method} ${path} is not an Open311 resource`),
  );
  for (const [k, v] of Object.entries(miss.headers)) reply.header(k, v);
  return sendErrors(request, reply, miss.status, [miss.detail]);
}
