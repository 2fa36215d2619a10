import type { Caller } from '../../auth/scope.js';
import { mintStreamToken } from '../../auth/stream-tokens.js';
import { Errors } from '../../errors.js';
import type { ServiceDeps } from '../deps.js';
import { decodeCursor, encodeCursor, horizonOf, laterOf } from './cursor.js';
import { eventScope } from './events.access.js';
import { toEventDto } from './events.dto.js';
import { purgeEvents, readFeed } from './events.repo.js';
import type { FeedPage, FeedQueryInput } from './events.schemas.js';

/** Events removed per statement by the retention sweep, so no statement holds many rows' locks at once. */
const PURGE_BATCH = 5_000;
const DAY_MS = 86_400_000;

/** The event feed (GET /v1/events), its retention, and the tokens browsers open streams with. */
export function createEventsService({ db, clock, config }: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  const expired = () =>
    Errors.cursorExpired(
      `events after this cursor are older than ${config.EVENTS_RETENTION_DAYS} days and were deleted; start again without \`after\` (or with \`since\`)`,
    );

  return {
    /**
     * A page of the caller's events after `after`, oldest first. `endCursor` is where the page leaves
     * the feed: at the end, the readers' horizon (past the events of other scopes and filters too), so
     * polling with it reads only what is new.
     */
    async list(caller: Caller, q: FeedQueryInput): Promise<FeedPage> {
      const scope = eventScope(caller.auth);
      const after = q.after ? decodeCursor(q.after, 'querystring.after') : null;
      const read = await readFeed(db, {
        scope,
        after,
        types: q.types,
        orderId: q.orderId,
        since: q.since ? new Date(q.since) : undefined,
        limit: q.limit + 1,
      });
      if (read.expired) throw expired();
      const items = read.events.slice(0, q.limit);
      const more = read.events.length > q.limit;
      const horizon = horizonOf(read.horizon);
      const end = more ? items.at(-1)!.position : after ? laterOf(after, horizon) : horizon;
      return {
        items: items.map(toEventDto),
        nextCursor: more ? encodeCursor(end) : null,
        endCursor: encodeCursor(end),
      };
    },

    /** A token that opens the caller's event stream from a browser (`?access_token=`), for a short while. */
    streamToken(caller: Caller): { token: string; expiresAt: string } {
      eventScope(caller.auth);
      const expiresAt = new Date(clock.now().getTime() + config.STREAM_TOKEN_TTL_S * 1000);
      return {
        token: mintStreamToken(config.STREAM_TOKEN_SECRET, caller.auth.keyId, expiresAt),
        expiresAt: expiresAt.toISOString(),
      };
    },

    /** Deletes events past the retention (EVENTS_RETENTION_DAYS), in batches; returns how many. */
    async purge(): Promise<{ deleted: number }> {
      const now = clock.now();
      const cutoff = new Date(now.getTime() - config.EVENTS_RETENTION_DAYS * DAY_MS);
      let deleted = 0;
      for (;;) {
        const n = await purgeEvents(db, cutoff, now, PURGE_BATCH);
        deleted += n;
        if (n < PURGE_BATCH) return { deleted };
      }
    },
  };
}
