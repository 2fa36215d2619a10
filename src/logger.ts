import pino, { type DestinationStream, type LoggerOptions, stdSerializers } from 'pino';
import type { Config } from './config.js';

/**
 * Redaction: credentials and personal data never reach the logs, wherever they appear in a logged
 * object (request headers, bodies, job data, errors).
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers["idempotency-key"]',
  'req.headers.cookie',
  'headers.authorization',
  '*.authorization',
  '*.apiKey',
  '*.api_key',
  '*.key',
  '*.secret',
  'phone',
  '*.phone',
  '*.*.phone',
  'name',
  '*.name',
  'beneficiary',
  '*.beneficiary',
  '*.beneficiaryName',
  '*.beneficiaryPhone',
  '*.first_name',
  '*.last_name',
  'body',
  '*.body',
];

/**
 * Database errors carry the failed statement's parameters (a beneficiary's phone, say) in their
 * message and fields: the logged error keeps the statement's shape and the cause, never the values.
 */
function scrubText(text: unknown): unknown {
  return typeof text === 'string' ? text.replace(/\nparams:[\s\S]*$/, '\nparams: [redacted]') : text;
}

export function errSerializer(err: Error): Record<string, unknown> {
  const out = stdSerializers.errWithCause(err) as unknown as Record<string, unknown>;
  delete out.params;
  out.message = scrubText(out.message);
  out.stack = scrubText(out.stack);
  const cause = out.cause as Record<string, unknown> | undefined;
  if (cause && typeof cause === 'object') {
    out.cause = {
      ...cause,
      message: scrubText(cause.message),
      stack: scrubText(cause.stack),
      parameters: undefined,
      params: undefined,
    };
  }
  return out;
}

/** Query strings may carry an Open311 api_key or an event-stream access_token: both are cut from logged URLs. */
function reqSerializer(req: { method?: string; url?: unknown; hostname?: string; ip?: string }) {
  if (typeof req?.url !== 'string') return req;
  return {
    method: req.method,
    url: req.url.replace(/([?&](?:api_key|access_token)=)[^&]*/gi, '$1[redacted]'),
    hostname: req.hostname,
    remoteAddress: req.ip,
  };
}

export function loggerOptions(config: Pick<Config, 'LOG_LEVEL'>): LoggerOptions {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: errSerializer, error: errSerializer, req: reqSerializer },
    base: { pid: process.pid, service: 'whistle-dispatch' },
  };
}

/**
 * The service's log destination: stdout, each line written by the thread that logs it. pino's own
 * default for stdout hands every line to libuv's thread pool, which costs two wake-ups across
 * threads per line (the pool's thread, then the event loop's); a line written at once costs one
 * system call, and a process that crashes has lost none of the lines it logged.
 */
export const stdoutDestination = (): DestinationStream => pino.destination({ dest: 1, sync: true });
