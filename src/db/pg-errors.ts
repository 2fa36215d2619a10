/**
 * A unique violation (SQLSTATE 23505), raised by `pg` directly or wrapped by the query builder
 * (which keeps the driver's error as `cause`).
 */
export const isUniqueViolation = (err: unknown): boolean =>
  typeof err === 'object' &&
  err !== null &&
  ((err as { code?: unknown }).code === '23505' ||
    (err as { cause?: { code?: unknown } }).cause?.code === '23505');

type DriverError = { code?: unknown; message?: unknown; cause?: unknown };

/** Whether `err` or an error in its cause chain (the query builder wraps the driver's) passes `test`. */
function someCause(err: unknown, test: (e: DriverError) => boolean): boolean {
  let e = err as DriverError | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (test(e)) return true;
    e = e.cause as DriverError | undefined;
  }
  return false;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed|the database system is (starting up|shutting down|in recovery)/i;

/**
 * The server could not be reached or dropped the connection (refused, reset, shut down: SQLSTATE
 * classes 08 and 57P), as opposed to a statement it refused.
 */
export const isConnectionError = (err: unknown): boolean =>
  someCause(
    err,
    (e) =>
      (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || /^(08|57P)/.test(e.code))) ||
      (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)),
  );

/** A standby cancelled the statement because replay had to remove what it was reading (SQLSTATE 40001). */
export const isRecoveryConflict = (err: unknown): boolean =>
  someCause(
    err,
    (e) => e.code === '40001' && typeof e.message === 'string' && /conflict with recovery/.test(e.message),
  );

/** An exclusion constraint violation (SQLSTATE 23P01): two rows a constraint keeps apart. */
export const isExclusionViolation = (err: unknown): boolean => someCause(err, (e) => e.code === '23P01');
