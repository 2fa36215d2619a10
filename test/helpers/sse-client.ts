import http from 'node:http';

/** One message of an event stream, as EventSource would dispatch it (comments counted apart). */
export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
  /** Date.now() when the message was complete. */
  at: number;
}

export interface SseConnection {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body, when the answer is not a stream (a problem document). */
  body: string;
  messages: SseMessage[];
  /** The last `id:` field seen (EventSource's last event id), even on a message without data. */
  lastEventId: string | null;
  comments: number;
  ended: Promise<void>;
  /** Resolves with the messages once `n` have come (excluding those the predicate rejects). */
  waitFor(n: number, timeoutMs?: number, which?: (m: SseMessage) => boolean): Promise<SseMessage[]>;
  /** Stops reading the socket (a slow reader), or starts again. */
  pause(): void;
  resume(): void;
  close(): void;
}

/**
 * A minimal EventSource for tests: parses `text/event-stream` by the HTML rules (id, event, data,
 * comments, blank-line dispatch) from a real HTTP connection of its own.
 */
export function openSse(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<SseConnection> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl}${path}`, {
      agent: false,
      headers: { accept: 'text/event-stream', ...headers },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const conn: SseConnection = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: '',
        messages: [],
        lastEventId: null,
        comments: 0,
        ended: new Promise((r) => res.once('close', () => r())),
        waitFor(n, timeoutMs = 10_000, which = () => true) {
          const deadline = Date.now() + timeoutMs;
          return new Promise((ok, fail) => {
            const check = () => {
              const got = conn.messages.filter(which);
              if (got.length >= n) return ok(got);
              if (Date.now() > deadline)
                return fail(new Error(`${got.length} of ${n} messages within ${timeoutMs} ms`));
              setTimeout(check, 10);
            };
            check();
          });
        },
        pause: () => res.pause(),
        resume: () => res.resume(),
        close: () => req.destroy(),
      };
      const isStream = (res.headers['content-type'] ?? '').startsWith('text/event-stream');
      let buffer = '';
      let current: { id: string | null; event: string; data: string[] } = {
        id: null,
        event: 'message',
        data: [],
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (!isStream) {
          conn.body += chunk;
          return;
        }
        buffer += chunk;
        let nl = buffer.indexOf('\n');
        while (nl >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          nl = buffer.indexOf('\n');
          if (line === '') {
            if (current.data.length > 0)
              conn.messages.push({
                id: current.id,
                event: current.event,
                data: current.data.join('\n'),
                at: Date.now(),
              });
            current = { id: null, event: 'message', data: [] };
          } else if (line.startsWith(':')) conn.comments += 1;
          else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') {
              current.id = value;
              conn.lastEventId = value;
            } else if (field === 'event') current.event = value;
            else if (field === 'data') current.data.push(value);
          }
        }
      });
      res.on('error', () => {});
      resolve(conn);
    });
  });
}
