import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AppError, Errors } from '../errors.js';
import { PROBLEM_CONTENT_TYPE, problemDocument, sendProblem } from './problem-details.js';
import { securityHeaders } from './security.js';

/**
 * Errors fastify meets while routing, before any hook has run (Fastify's `frameworkErrors`): a path
 * parameter longer than the router's maxParamLength (100) is a 414, a URL that does not decode a 400.
 * The answer is a problem document with the headers every answer carries.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let err: AppError;
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    err = Errors.uriTooLong('A path parameter is longer than 100 characters');
  else if (error.code === 'FST_ERR_BAD_URL') err = Errors.badRequest('The URL does not decode');
  else err = Errors.internal();
  if (err.status >= 500) request.log.error({ err: error }, 'request failed');
  reply.header('x-request-id', request.id);
  return sendProblem(request, reply, err);
}

/** Node's default limit on the request line and headers together. */
const MAX_HEADER_BYTES = 16 * 1024;

/**
 * Node's parser reports a request line over its limit as a header overflow too; what it received
 * tells them apart: a request line longer than the limit by itself is a URI too long (414).
 */
function requestLineTooLong(rawPacket: unknown): boolean {
  if (!Buffer.isBuffer(rawPacket) || !/^[A-Z]+ /.test(rawPacket.subarray(0, 16).toString('latin1')))
    return false;
  const end = rawPacket.indexOf('\r\n');
  return end === -1 || end > MAX_HEADER_BYTES;
}

/** How Node's HTTP parser names what it refused (`clientError`), as errors of the catalogue. */
function fromParserError(error: NodeJS.ErrnoException & { rawPacket?: unknown }): AppError {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return requestLineTooLong(error.rawPacket)
        ? Errors.uriTooLong('The request line is longer than the server accepts (16 KiB)')
        : Errors.headersTooLarge('The request headers are larger than the server accepts (16 KiB)');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return Errors.requestTimeout('The request did not arrive in time');
    default:
      return Errors.badRequest('The request is not valid HTTP/1.1');
  }
}

/**
 * Requests Node's HTTP server refuses before fastify sees them (headers too large, a malformed request
 * line, a timeout; Fastify's `clientErrorHandler`): answered on the socket as a problem document with
 * the security headers and a request id, then the connection is closed.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: NodeJS.ErrnoException,
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const err = fromParserError(error);
  const requestId = randomUUID();
  this.log.debug({ err: error, reqId: requestId }, 'client error');
  const body = JSON.stringify(problemDocument(err, undefined, requestId));
  const headers = {
    ...securityHeaders,
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${err.status} ${STATUS_CODES[err.status]}\r\n${head.join('')}\r\n${body}`);
}
