import type { LoggerOptions } from 'pino';
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

export function loggerOptions(config: Pick<Config, 'LOG_LEVEL'>): LoggerOptions {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { pid: process.pid, service: 'whistle-dispatch' },
  };
}
