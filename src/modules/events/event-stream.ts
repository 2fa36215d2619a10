import type { ServerResponse } from 'node:http';
import { comparePositions, encodeCursor, type Position } from './cursor.js';
import { type EventScope, inScope } from './events.access.js';
import type { FeedEventRow } from './events.repo.js';

/** What a stream asked for: its key's scope, and optionally some event types or one order. */
export interface StreamFilter {
  scope: EventScope;
  types: ReadonlySet<string> | null;
  orderId: string | null;
}

/** An event on its way to the streams, with its SSE message made (and encoded) once for all of them. */
export interface LiveEvent {
  row: FeedEventRow;
  frame: Buffer;
}

/** Why a stream was ended by the service: sent as `event: dropped` before the stream closes. */
export type DropReason = 'slow_reader' | 'shutdown' | 'key_revoked';

const dropDetail: Record<DropReason, string> = {
  slow_reader:
    'the client read too slowly and its buffer filled; reconnect with Last-Event-ID to resume where it stopped',
  shutdown: 'this API process is stopping; reconnect with Last-Event-ID to resume on another one',
  key_revoked: 'the API key of this stream was revoked or has expired',
};

/** A pass's writes to a stream are handed to the socket at least every this many bytes. */
const CORK_FLUSH = 65_536;

/**
 * How long a dropped stream may take to flush what it holds and its last message (why it ended)
 * before its socket is destroyed: a stalled reader that wakes up within it still learns the reason.
 */
const DROP_GRACE_MS = 30_000;

/**
 * One open event stream (Server-Sent Events) on an HTTP response. Writes never wait: what the
 * socket has not taken yet waits in the response's buffer, and past `maxBuffer` bytes the stream is
 * dropped, so a slow reader costs the others nothing. While the stream catches up from its cursor,
 * live events wait in `held` (bounded the same way) and follow the catch-up in order.
 */
export class EventStream {
  private held: LiveEvent[] | null = [];
  private heldBytes = 0;
  private ended = false;
  /** The response head and the first bytes are out: nothing may be written before. */
  private begun = false;
  /** Bytes written since the hub corked the response for its pass: buffered by choice, not by a slow reader. */
  private corkedBytes: number | null = null;
  delivered = 0;

  constructor(
    readonly id: string,
    private readonly res: ServerResponse,
    readonly keyId: string,
    readonly filter: StreamFilter,
    /** The position of the last event sent (or where the stream starts). */
    public cursor: Position,
    private readonly maxBuffer: number,
  ) {
    res.once('close', () => {
      this.ended = true;
    });
  }

  get open(): boolean {
    return !this.ended && !this.res.destroyed;
  }

  /** Whether the event is for this stream: in the key's scope, of the asked types and order. */
  wants(row: FeedEventRow): boolean {
    const { scope, types, orderId } = this.filter;
    return (
      inScope(scope, row) &&
      (types === null || types.has(row.type)) &&
      (orderId === null || row.orderId === orderId)
    );
  }

  /** A live event from the hub: sent, or held while catching up; skipped when already sent or not wanted. */
  deliver(event: LiveEvent): void {
    if (!this.open || comparePositions(event.row.position, this.cursor) <= 0 || !this.wants(event.row))
      return;
    if (this.held) {
      this.held.push(event);
      this.heldBytes += event.frame.length;
      if (this.heldBytes > this.maxBuffer) this.drop('slow_reader');
      return;
    }
    this.send(event.frame, event.row.position);
  }

  /**
   * An event read while catching up (already filtered by the read). The catch-up is this stream's
   * own reading, so it waits for a slow socket instead of dropping it.
   */
  async sendCaughtUp(row: FeedEventRow, frame: Buffer): Promise<void> {
    if (!this.open) return;
    this.res.write(frame);
    this.cursor = row.position;
    this.delivered += 1;
    if (this.res.writableLength > this.maxBuffer)
      await new Promise<void>((resolve) => {
        const done = () => {
          this.res.off('drain', done);
          this.res.off('close', done);
          resolve();
        };
        this.res.on('drain', done);
        this.res.on('close', done);
      });
  }

  /** The catch-up is done: the held live events follow, then every event goes out as it comes. */
  goLive(): void {
    const held = this.held ?? [];
    this.held = null;
    this.heldBytes = 0;
    for (const event of held) this.deliver(event);
  }

  /** The first bytes after the headers: how long the client waits before reconnecting, and where it stands. */
  begin(retryMs: number): void {
    this.begun = true;
    this.res.write(`retry: ${retryMs}\nid: ${encodeCursor(this.cursor)}\n\n`);
  }

  /**
   * A comment that keeps proxies from closing an idle stream. A live stream whose reader left more
   * than `maxBuffer` unread is dropped here; one catching up is not judged by its buffer, which
   * `sendCaughtUp` fills past `maxBuffer` before waiting for the reader.
   */
  heartbeat(): void {
    if (!this.open || !this.begun) return;
    if (this.held === null && this.res.writableLength > this.maxBuffer) this.drop('slow_reader');
    else this.res.write(': heartbeat\n\n');
  }

  /** Writes of one pass of the hub go out together (one system call per stream, up to CORK_FLUSH bytes). */
  cork(): void {
    if (!this.open || this.corkedBytes !== null) return;
    this.res.cork();
    this.corkedBytes = 0;
  }

  uncork(): void {
    if (this.corkedBytes === null) return;
    this.corkedBytes = null;
    this.res.uncork();
  }

  /** Ends the stream with an `event: dropped` naming the reason; the client resumes by Last-Event-ID. */
  drop(reason: DropReason): void {
    if (!this.open) return;
    this.ended = true;
    this.held = null;
    this.corkedBytes = null;
    // Not begun: the response is still to be answered, by the request that opens the stream.
    if (!this.begun) return;
    const data = JSON.stringify({ reason, detail: dropDetail[reason] });
    this.res.end(`event: dropped\ndata: ${data}\n\n`);
    const timer = setTimeout(() => this.res.destroy(), DROP_GRACE_MS);
    timer.unref();
    this.res.once('close', () => clearTimeout(timer));
  }

  private send(frame: Buffer, position: Position): void {
    if (this.res.writableLength - (this.corkedBytes ?? 0) > this.maxBuffer) {
      this.drop('slow_reader');
      return;
    }
    this.res.write(frame);
    this.cursor = position;
    this.delivered += 1;
    if (this.corkedBytes === null) return;
    this.corkedBytes += frame.length;
    if (this.corkedBytes > CORK_FLUSH) {
      this.res.uncork();
      this.res.cork();
      this.corkedBytes = 0;
    }
  }
}
