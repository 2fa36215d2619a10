import http from 'node:http';
import { quantile } from './report.js';

/**
 * Sends requests at a steady rate, whatever the answers do (open loop), over at most `connections`
 * keep-alive connections. Latency runs from the moment a request was due, so a service that falls
 * behind shows it (autocannon's rate limit sends each second's quota in one burst instead).
 */
export async function openLoop(opts: {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  headers: Record<string, string>;
  /** The k-th request's body. */
  body: (k: number) => string;
  /** The k-th request's path and headers, when they change from one request to the next. */
  request?: (k: number) => { path: string; headers: Record<string, string> };
  /** Sees every answer's status and body (the body is read only when this is given). */
  onAnswer?: (status: number, body: string) => void;
}): Promise<{ sent: number; statuses: Map<number, number>; p50: number; p99: number; max: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL(opts.url);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const total = Math.round(opts.rate * opts.seconds);
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / opts.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const body = opts.body(k);
    const varying = opts.request?.(k);
    const url = varying ? new URL(varying.path, target) : target;
    const headers = { ...opts.headers, ...varying?.headers, 'content-length': Buffer.byteLength(body) };
    inFlight.push(
      new Promise<void>((resolve) => {
        const req = http.request(url, { method: 'POST', agent, headers }, (res) => {
          const chunks: Buffer[] = [];
          if (opts.onAnswer) res.on('data', (c: Buffer) => chunks.push(c));
          else res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            opts.onAnswer?.(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'));
            resolve();
          });
        });
        req.on('error', () => {
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    sent: total,
    statuses,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
  };
}
