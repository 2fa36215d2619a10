/**
 * A unique violation (SQLSTATE 23505), raised by `pg` directly or wrapped by the query builder
 * (which keeps the driver's error as `cause`).
 */
export const isUniqueViolation = (err: unknown): boolean =>
  typeof err === 'object' &&
  err !== null &&
  ((err as { code?: unknown }).code === '23505' ||
    (err as { cause?: { code?: unknown } }).cause?.code === '23505');
