import { problemFromResponse } from './problems.js';
import { backoffMs, retryAfterMs, sleep } from './retry.js';
import { type SseBlock, SseParser } from './sse.js';

export interface StreamOptions {
  /** Start after this event: the `cursor` of an event (the stream's SSE `id`, the feed's `cursor`). */
  lastEventId?: string;
  /** Filters, as the stream's query string takes them (e.g. `{ types: 'offer.created,offer.expired' }`). */
  query?: Record<string, string | undefined>;
  /** Ends the iteration (and the connection) when aborted. */
  signal?: AbortSignal;
  /** No byte for this long (not even a heartbeat) means the connection is dead: reconnect. Default 45 s. */
  idleTimeoutMs?: number;
  /** First wait before reconnecting after a failure; it doubles with each failure in a row. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest wait before reconnecting. Default 30 s. */
  maxDelayMs?: number;
  /** Called before each reconnection, with why and how long it waits. */
  onReconnect?: (info: ReconnectInfo) => void;
}

export interface ReconnectInfo {
  reason: string;
  delayMs: number;
  /** Failures in a row so far (0 when the server ended or dropped a stream that was working). */
  failures: number;
  lastEventId: string | undefined;
}

export interface StreamConnection {
  url: URL;
  headers: Record<string, string>;
  fetch: (request: Request) => Promise<Response>;
}

/** Statuses after which the stream is tried again; any other refusal is the caller's to fix. */
const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

type Outcome = { kind: 'ended' } | { kind: 'dropped'; reason: string };

/**
 * Reads one connection's blocks as they arrive. A heartbeat (a comment line) or any byte keeps the
 * connection alive; `event: dropped` (the server let go of a reader that fell behind, or is
 * shutting down) ends it.
 */
async function* readBlocks(
  response: Response,
  parser: SseParser,
  touch: () => void,
): AsyncGenerator<SseBlock, Outcome, undefined> {
  if (!response.body) return { kind: 'ended' };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { kind: 'ended' };
      touch();
      for (const block of parser.feed(decoder.decode(value, { stream: true }))) {
        if (block.event === 'dropped') return { kind: 'dropped', reason: dropReason(block.data) };
        yield block;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function dropReason(data: string | null): string {
  try {
    const parsed = JSON.parse(data ?? '') as { reason?: unknown };
    if (typeof parsed.reason === 'string') return parsed.reason;
  } catch {}
  return data || 'no reason given';
}

const isAbort = (err: unknown) => err instanceof Error && err.name === 'AbortError';

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/**
 * The event stream as an async iterator that resumes by itself: after a network failure, a dead
 * connection (no heartbeat), the server closing the stream (a restart, a shutdown, a drop for
 * reading too slowly) or a 429/5xx, it reconnects with `Last-Event-ID` set to the position of the
 * last event it handed out (or the position the server gave the stream when it opened), so nothing
 * is lost or repeated. It waits the answer's Retry-After or the server's `retry:` when there is
 * one, otherwise backs off exponentially. Any other refusal (401, 403, 404, 410 for a position
 * older than the feed keeps) is thrown as an ApiProblem. Ends when `signal` aborts or the loop
 * breaks. Each event is the JSON of its SSE `data`.
 */
export async function* followStream<T>(
  connection: StreamConnection,
  options: StreamOptions = {},
): AsyncGenerator<T, void, undefined> {
  const { signal, idleTimeoutMs = 45_000, baseDelayMs = 500, maxDelayMs = 30_000 } = options;
  const url = new URL(connection.url);
  for (const [name, value] of Object.entries(options.query ?? {}))
    if (value !== undefined) url.searchParams.set(name, value);
  let lastEventId = options.lastEventId;
  let failures = 0;
  let serverRetryMs: number | undefined;

  while (!signal?.aborted) {
    const abort = new AbortController();
    const stop = () => abort.abort(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    let idle = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        idle = true;
        abort.abort(new Error('idle'));
      }, idleTimeoutMs);
    };
    let blocks: AsyncGenerator<SseBlock, Outcome, undefined> | undefined;
    let reason: string;
    let delayMs: number;
    try {
      touch();
      const headers: Record<string, string> = { ...connection.headers, accept: 'text/event-stream' };
      if (lastEventId) headers['last-event-id'] = lastEventId;
      const response = await connection.fetch(new Request(url, { headers, signal: abort.signal }));
      if (!response.ok) {
        if (!TRANSIENT.has(response.status)) throw await problemFromResponse(response);
        await response.body?.cancel();
        const asked = retryAfterMs(response.headers.get('retry-after'));
        reason = `HTTP ${response.status}`;
        delayMs = Math.min(maxDelayMs, asked ?? backoffMs(failures, baseDelayMs, maxDelayMs));
        failures++;
      } else {
        const parser = new SseParser();
        blocks = readBlocks(response, parser, touch);
        for (let next = await blocks.next(); ; next = await blocks.next()) {
          serverRetryMs = parser.retryMs ?? serverRetryMs;
          if (next.done) {
            const outcome = next.value;
            reason =
              outcome.kind === 'dropped'
                ? `dropped by the server: ${outcome.reason}`
                : 'the server ended the stream';
            delayMs = outcome.kind === 'dropped' ? 0 : Math.min(maxDelayMs, serverRetryMs ?? baseDelayMs);
            break;
          }
          failures = 0;
          if (next.value.id) lastEventId = next.value.id;
          if (next.value.data !== null) yield JSON.parse(next.value.data) as T;
        }
      }
    } catch (err) {
      if (signal?.aborted) return;
      if (!idle && !(err instanceof TypeError) && !isAbort(err)) throw err;
      reason = idle ? `no heartbeat for ${idleTimeoutMs} ms` : `connection failed: ${causeOf(err)}`;
      delayMs = backoffMs(failures, baseDelayMs, maxDelayMs);
      failures++;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      abort.abort();
      await blocks?.return({ kind: 'ended' });
    }
    options.onReconnect?.({ reason, delayMs, failures, lastEventId });
    try {
      await sleep(delayMs, signal);
    } catch {
      return;
    }
  }
}
