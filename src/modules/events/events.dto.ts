import { encodeCursor } from './cursor.js';
import type { FeedEventRow } from './events.repo.js';
import type { EventDto } from './events.schemas.js';

/** An event as the feed and the stream show it: the webhook payload (`type`, `timestamp`, `data`) with its id and cursor. */
export const toEventDto = (row: FeedEventRow): EventDto => ({
  id: row.position.id,
  cursor: encodeCursor(row.position),
  type: row.type,
  timestamp: row.timestamp,
  data: row.data,
});

/** The SSE message of an event: its cursor as the id (Last-Event-ID on reconnect), the feed item as data. */
export const sseFrameOf = (row: FeedEventRow): Buffer => {
  const dto = toEventDto(row);
  return Buffer.from(`id: ${dto.cursor}\ndata: ${JSON.stringify(dto)}\n\n`);
};
