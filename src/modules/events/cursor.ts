import { Errors } from '../../errors.js';

/**
 * A place in the event feed: after the events of transaction `tx` up to event `id`. Events are
 * ordered by (writing transaction, id); a position below the readers' horizon (see events.repo.ts)
 * is final: no event can ever appear before it again.
 */
export interface Position {
  /** The transaction id (xid8), as decimal text. */
  tx: string;
  id: string;
}

const LAST_ID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
const CURSOR = /^(0|[1-9]\d{0,19})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Everything written by transactions below a read's horizon (all of them ended): the end of what it saw. */
export const horizonOf = (horizon: string): Position => ({
  tx: (BigInt(horizon) - 1n).toString(),
  id: LAST_ID,
});

/** Transaction ids compare as numbers: decimal text without leading zeros, longer is larger. */
export function comparePositions(a: Position, b: Position): number {
  if (a.tx !== b.tx) {
    if (a.tx.length !== b.tx.length) return a.tx.length < b.tx.length ? -1 : 1;
    return a.tx < b.tx ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const laterOf = (a: Position, b: Position): Position => (comparePositions(a, b) >= 0 ? a : b);

/** The cursor of a position: opaque to clients (base64url), the same in the feed and as an SSE event id. */
export const encodeCursor = (p: Position): string => Buffer.from(`${p.tx}.${p.id}`).toString('base64url');

/** A cursor from a client, or a 400 naming where it came from (`querystring.after`, `headers.last-event-id`). */
export function decodeCursor(cursor: string, path: string): Position {
  const m = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || encodeCursor({ tx: m[1]!, id: m[2]! }) !== cursor)
    throw Errors.validationFailed('the cursor is not valid', {
      errors: [{ path, message: 'not a cursor of this event feed' }],
    });
  return { tx: m[1]!, id: m[2]! };
}
