import { z } from 'zod';
import { Errors } from '../errors.js';

/** Cursor pagination over time-ordered ids: the cursor is the last id of the page, opaque to clients. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]*$/, 'not a cursor from this API')
    .optional()
    .meta({ description: 'The nextCursor of the previous page, as given (base64url)' }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id) && !/^\d+$/.test(id))
    throw Errors.validationFailed('cursor is not valid', {
      errors: [{ path: 'querystring.cursor', message: 'not a cursor from this API' }],
    });
  return id;
}

export const encodeCursor = (id: string | number): string =>
  Buffer.from(String(id), 'utf8').toString('base64url');

/** Turns `limit + 1` fetched rows into a page and the cursor of the next one. */
export function toPage<T extends { id: string | number }>(
  rows: T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
