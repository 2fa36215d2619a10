import type { ServerResponse } from 'node:http';
import { keysNoLongerLive } from '../../auth/keys.repo.js';
import type { Caller } from '../../auth/scope.js';
import { directUrl } from '../../config.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import type { ServiceDeps } from '../deps.js';
import { decodeCursor, horizonOf, laterOf, type Position } from './cursor.js';
import { EventStream, type LiveEvent } from './event-stream.js';
import { eventScope } from './events.access.js';
import { sseFrameOf } from './events.dto.js';
import { type FeedEventRow, listenForEvents, readFeed } from './events.repo.js';
import type { StreamSlots } from './stream-slots.js';

/** Events read per statement, by the hub and by a stream catching up. */
const BATCH = 500;
/** The safety poll: a NOTIFY lost while the listening connection was down is caught up this often. */
const POLL_MS = 1_000;
/** How long a client waits before reconnecting a stream that ended (the SSE `retry` field). */
const RETRY_MS = 2_000;

const STOPPING = 'this API process is stopping; reconnect to resume by Last-Event-ID';

interface HubLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** What a client asks of a stream: where to resume (a cursor and where it came from) and which events. */
export interface StreamRequest {
  lastEventId?: { cursor: string; from: string };
  types?: string[];
  orderId?: string;
}

/**
 * The event streams of one API process. One Postgres connection LISTENs for the NOTIFY of every
 * transaction that wrote events (and a poll each second covers a lost one); on each, ONE statement
 * reads the new events (in feed order, up to the readers' horizon: see events.repo.ts) and the hub
 * hands each to every open stream, which keeps what its key's scope and its filter let through. A
 * stream that resumes first reads its own catch-up, from its cursor to where the hub stood when it
 * joined, while the hub holds the live events for it: no event is lost or sent twice, whichever
 * process the client reconnects to.
 */
export class EventHub {
  private readonly streams = new Set<EventStream>();
  /** Where the hub has read to: every event up to here has been handed to the streams. */
  private head: Position | null = null;
  private listener: { close(): Promise<void> } | null = null;
  private listening: Promise<void> | null = null;
  private started: Promise<void> | null = null;
  private pass: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private timers: NodeJS.Timeout[] = [];
  private retry: NodeJS.Timeout | null = null;
  private retryMs = 0;
  private log: HubLog = { info: () => {}, warn: () => {} };

  constructor(private readonly deps: Pick<ServiceDeps, 'db' | 'clock' | 'config'> & { slots: StreamSlots }) {}

  useLogger(log: HubLog): void {
    this.log = log;
  }

  /** Streams open in this process. */
  get size(): number {
    return this.streams.size;
  }

  countOf(keyId: string): number {
    let n = 0;
    for (const s of this.streams) if (s.keyId === keyId) n += 1;
    return n;
  }

  /**
   * Opens a stream for the caller on `res`: 400 for a bad cursor, 410 when retention removed events
   * after it, 429 past the key's cap, 503 while the process stops. `begin` sends the response head,
   * once none of those can happen any more; then come the catch-up and the live events.
   */
  async open(caller: Caller, ask: StreamRequest, res: ServerResponse, begin: () => void): Promise<void> {
    const scope = eventScope(caller.auth);
    const after = ask.lastEventId ? decodeCursor(ask.lastEventId.cursor, ask.lastEventId.from) : null;
    this.refuseWhenClosed();
    const filter = {
      scope,
      types: ask.types ? new Set(ask.types) : null,
      orderId: ask.orderId ?? null,
    };
    await this.start();
    const streamId = newId();
    if (!(await this.deps.slots.acquire(caller.auth.keyId, streamId))) {
      const err = Errors.tooManyStreams(
        `this key may hold ${this.deps.config.STREAM_MAX_PER_KEY} event streams at once; close one first`,
      );
      err.headers['retry-after'] = String(this.deps.config.STREAM_HEARTBEAT_S);
      throw err;
    }
    if (this.closed) {
      void this.deps.slots.release(caller.auth.keyId, streamId);
      this.refuseWhenClosed();
    }
    // Joined and bounded in one step (no await between): live events from here on are the hub's to
    // hand over, those up to `until` the catch-up's.
    const until = this.head!;
    const stream = new EventStream(
      streamId,
      res,
      caller.auth.keyId,
      filter,
      after ?? until,
      this.deps.config.STREAM_BUFFER_BYTES,
    );
    this.streams.add(stream);
    res.once('close', () => this.remove(stream));
    try {
      let read = after ? await this.catchUp(stream, after, until) : null;
      if (read?.expired)
        throw Errors.cursorExpired(
          `events after Last-Event-ID are older than ${this.deps.config.EVENTS_RETENTION_DAYS} days and were deleted; read GET /v1/events from a recent cursor or from the start`,
        );
      // Dropped while its first catch-up was read (the process stops, or live events piled up).
      if (!stream.open)
        this.refuse(
          this.closed
            ? STOPPING
            : 'the stream ended before it began, as events came faster than it caught up; reconnect',
        );
      begin();
      stream.begin(RETRY_MS);
      while (read) {
        for (const row of read.events) await stream.sendCaughtUp(row, sseFrameOf(row));
        const last = read.events.at(-1);
        read = last && read.events.length === BATCH ? await this.catchUp(stream, last.position, until) : null;
      }
      stream.goLive();
    } catch (err) {
      this.remove(stream);
      throw err;
    }
  }

  /** Ends every stream (`event: dropped`, reason shutdown) and refuses new ones; the listener closes. */
  async shutdown(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    if (this.retry) clearTimeout(this.retry);
    for (const s of this.streams) s.drop('shutdown');
    await this.started?.catch(() => {});
    await this.pass;
    await this.listening;
    await this.listener?.close();
    this.listener = null;
  }

  private refuseWhenClosed(): void {
    if (this.closed) this.refuse(STOPPING);
  }

  private refuse(detail: string): never {
    const err = Errors.unavailable(detail);
    err.headers['retry-after'] = '1';
    throw err;
  }

  private catchUp(stream: EventStream, after: Position, until: Position) {
    const { scope, types, orderId } = stream.filter;
    return readFeed(this.deps.db, {
      scope,
      after,
      until,
      types: types ? [...types] : undefined,
      orderId: orderId ?? undefined,
      limit: BATCH,
    });
  }

  private remove(stream: EventStream): void {
    if (!this.streams.delete(stream)) return;
    void this.deps.slots.release(stream.keyId, stream.id);
    this.log.info(
      { keyId: stream.keyId, stream: stream.id, delivered: stream.delivered },
      'event stream ended',
    );
  }

  /** Listens, then learns where the feed stands; the timers start once, with the first stream. */
  private start(): Promise<void> {
    this.started ??= (async () => {
      await this.listen();
      const read = await readFeed(this.deps.db, { scope: { kind: 'all' }, after: null, limit: 0 });
      this.head = horizonOf(read.horizon);
      this.timers.push(
        setInterval(() => this.kick(), POLL_MS).unref(),
        setInterval(() => this.heartbeat(), this.deps.config.STREAM_HEARTBEAT_S * 1000).unref(),
      );
    })().catch((err) => {
      this.started = null;
      throw err;
    });
    return this.started;
  }

  private listen(): Promise<void> {
    this.listening ??= listenForEvents(
      directUrl(this.deps.config),
      () => this.kick(),
      (err) => {
        this.log.warn(
          { err: { message: err.message } },
          'event listener connection lost; polling until it is back',
        );
        const broken = this.listener;
        this.listener = null;
        void broken?.close();
      },
    )
      .then((listener) => {
        if (this.closed) return listener.close();
        this.listener = listener;
        // What was written while no one listened.
        this.kick();
      })
      .catch((err: Error) =>
        this.log.warn({ err: { message: err.message } }, 'cannot LISTEN for events; polling'),
      )
      .finally(() => {
        this.listening = null;
      });
    return this.listening;
  }

  /** Starts a pass, or asks the running one to go round once more. */
  private kick(): void {
    if (this.closed || this.head === null) return;
    if (!this.listener) void this.listen();
    if (this.pass) {
      this.again = true;
      return;
    }
    this.pass = this.readNew()
      .catch((err: Error) =>
        this.log.warn({ err: { message: err.message } }, 'event hub pass failed; will retry'),
      )
      .finally(() => {
        this.pass = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Reads what is new since `head` and hands it out; a short read leaves `head` at the horizon. */
  private async readNew(): Promise<void> {
    for (;;) {
      const read = await readFeed(this.deps.db, { scope: { kind: 'all' }, after: this.head, limit: BATCH });
      this.dispatch(read.events);
      const last = read.events.at(-1);
      if (last) this.head = last.position;
      if (read.events.length < BATCH) {
        this.head = laterOf(this.head!, horizonOf(read.horizon));
        this.retryWhileWithheld(read.withheld);
        return;
      }
    }
  }

  /**
   * Events committed behind a transaction still running are held back until it ends, which may send
   * no NOTIFY: look again soon, then less and less often, up to the poll.
   */
  private retryWhileWithheld(withheld: boolean): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    if (!withheld) {
      this.retryMs = 0;
      return;
    }
    this.retryMs = Math.min(Math.max(this.retryMs * 2, 10), POLL_MS);
    this.retry = setTimeout(() => this.kick(), this.retryMs).unref();
  }

  private dispatch(rows: FeedEventRow[]): void {
    if (rows.length === 0 || this.streams.size === 0) return;
    const events: LiveEvent[] = rows.map((row) => ({ row, frame: sseFrameOf(row) }));
    const streams = [...this.streams];
    for (const s of streams) s.cork();
    for (const event of events) for (const s of streams) s.deliver(event);
    for (const s of streams) s.uncork();
  }

  /** Heartbeats; the streams' slots are renewed, and the streams of keys revoked meanwhile end. */
  private heartbeat(): void {
    for (const s of this.streams) s.heartbeat();
    void this.deps.slots.renew([...this.streams].map((s) => ({ keyId: s.keyId, streamId: s.id })));
    const keyIds = [...new Set([...this.streams].map((s) => s.keyId))];
    keysNoLongerLive(this.deps.db, keyIds, this.deps.clock.now())
      .then((gone) => {
        const revoked = new Set(gone);
        for (const s of this.streams) if (revoked.has(s.keyId)) s.drop('key_revoked');
      })
      .catch((err: Error) =>
        this.log.warn({ err: { message: err.message } }, 'cannot check the keys of open streams'),
      );
  }
}
