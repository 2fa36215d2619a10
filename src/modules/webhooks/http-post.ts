import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { assertLiteralHostAllowed, guardedLookup } from '../../lib/ssrf.js';

export interface PostOutcome {
  /** The receiver's status code, or null when no response came (refused, unreachable, timed out). */
  statusCode: number | null;
  /** Why the attempt failed; null on a 2xx. */
  error: string | null;
  latencyMs: number;
}

/**
 * POSTs one webhook body and reports how it went; never throws. Redirects are not followed (a 3xx
 * is a failure: following one could lead into the inside network), and one deadline covers
 * connecting, the response and its body. Unless private addresses are allowed, every address the
 * host resolves to is checked at connect time.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  opts: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, error, latencyMs: elapsed() });
    };
    let target: URL;
    try {
      target = new URL(url);
      if (!opts.allowPrivate) assertLiteralHostAllowed(target);
    } catch (err) {
      return finish(null, (err as Error).message);
    }
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: opts.allowPrivate ? undefined : guardedLookup,
    });
    timer = setTimeout(
      () => request.destroy(new Error(`timed out after ${opts.timeoutMs} ms`)),
      opts.timeoutMs,
    );
    request.on('error', (err) => finish(null, err.message || String(err)));
    request.on('response', (response) => {
      const code = response.statusCode ?? 0;
      const ok = code >= 200 && code < 300;
      const outcome = ok ? null : `HTTP ${code}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
      // The body is read and dropped so the connection can be reused; its content is not kept.
      response.on('error', (err) => finish(code, err.message));
      response.on('end', () => finish(code, outcome));
      response.on('close', () => finish(code, 'the response was cut off'));
      response.resume();
    });
    request.end(body);
  });
}
