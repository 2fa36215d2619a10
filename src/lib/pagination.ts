import { z } from 'zod';
import { Errors } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const NOT_A_CURSOR = 'not a cursor from this API: pass nextCursor back as it came';

/** The key a cursor carries, or undefined when the text is not base64url of a key `isKey` accepts. */
function keyOf(cursor: string, isKey: (key: string) => boolean): string | undefined {
  if (!BASE64URL.test(cursor)) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  // Decoding is lenient (it skips stray characters); only a cursor that re-encodes to itself is ours.
  return isKey(key) && encodeCursor(key) === cursor ? key : undefined;
}

/**
 * A `cursor` query field: base64url (`pattern`, so the OpenAPI states it) of the last key of the page
 * before, which `isKey` recognises. Anything else is a 400 at `querystring.cursor`, before a query runs.
 */
export const cursorField = (pattern: RegExp, isKey: (key: string) => boolean, key: string) =>
  z
    .string()
    .regex(pattern, { message: NOT_A_CURSOR, abort: true })
    .refine((c) => keyOf(c, isKey) !== undefined, NOT_A_CURSOR)
    .optional()
    .meta({ description: `Opaque: the nextCursor of the page before (base64url of its last ${key})` });

/** Cursors of lists ordered by id: base64url of a UUID is 48 characters. */
const idCursor = cursorField(/^[A-Za-z0-9_-]{48}$/, (key) => UUID.test(key), 'id');

/** Cursor pagination over time-ordered ids: the cursor is the last id of the page, opaque to clients. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: idCursor,
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** The id a `pageQuery` cursor carries; the schema has checked it, this refuses what it did not see. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = keyOf(cursor, (key) => UUID.test(key));
  if (id === undefined)
    throw Errors.validationFailed('cursor is not valid', {
      errors: [{ path: 'querystring.cursor', message: NOT_A_CURSOR }],
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
