import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { expect } from 'vitest';
import { transaction } from '../../src/db/transaction.js';
import { type DomainEventInput, emitEvent } from '../../src/outbox/outbox.repo.js';
import { call } from '../factories/index.js';
import type { TestContext } from './context.js';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Date.now() when the body was complete. */
  receivedAt: number;
  /** The status the receiver answered with, or null when it did not answer. */
  answeredWith: number | null;
}

interface Rule {
  remaining: number;
  status: number | 'hang';
}

/**
 * A real HTTP server on 127.0.0.1 standing in for a subscriber: it records every request and answers
 * 200, unless told to fail (or not to answer) the next N requests, on one path or on all of them.
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly rules = new Map<string, Rule>();
  private readonly hanging = new Set<http.ServerResponse>();
  private readonly checks = new Map<string, (request: ReceivedRequest) => Promise<void>>();

  private constructor(
    private readonly server: http.Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = http.createServer((req, res) => receiver?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    receiver = new WebhookReceiver(server, `http://127.0.0.1:${port}`);
    return receiver;
  }

  /** The full URL of a path on this receiver. */
  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  /** The next `times` requests to `path` ('*': any path) answer `status`; Infinity fails until told otherwise. */
  failNext(times: number, status = 500, path = '*'): void {
    this.rules.set(path, { remaining: times, status });
  }

  /** The next `times` requests to `path` get no answer at all (the sender must time out). */
  hangNext(times: number, path = '*'): void {
    this.rules.set(path, { remaining: times, status: 'hang' });
  }

  /** Answer 200 again on `path` ('*': the catch-all rule). */
  succeed(path = '*'): void {
    this.rules.delete(path);
  }

  /**
   * Runs `check` on each request to `path` before answering it, so it sees what the sender recorded
   * while its request is in flight; the answer follows whether the check passes or throws.
   */
  beforeAnswer(path: string, check: (request: ReceivedRequest) => Promise<void>): void {
    this.checks.set(path, check);
  }

  received(path?: string): ReceivedRequest[] {
    return path === undefined ? [...this.requests] : this.requests.filter((r) => r.path === path);
  }

  /** Waits until at least `count` requests reached `path` (any path when omitted) and returns them. */
  async waitFor(count: number, path?: string, timeoutMs = 15_000): Promise<ReceivedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = this.received(path);
      if (got.length >= count) return got;
      if (Date.now() > deadline)
        throw new Error(
          `receiver: ${got.length} of ${count} requests on ${path ?? 'any path'} after ${timeoutMs} ms`,
        );
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
      );
      const rule = this.rules.get(path) ?? this.rules.get('*');
      const active = rule && rule.remaining > 0 ? rule : undefined;
      if (active) active.remaining -= 1;
      const status = active ? active.status : 200;
      const request: ReceivedRequest = {
        method: req.method ?? '',
        path,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: Date.now(),
        answeredWith: status === 'hang' ? null : status,
      };
      this.requests.push(request);
      if (status === 'hang') {
        this.hanging.add(res);
        return;
      }
      const check = this.checks.get(path);
      void (check ? check(request).catch(() => {}) : Promise.resolve()).then(() =>
        res
          .writeHead(status, { 'content-type': 'application/json' })
          .end(status < 300 ? '{"ok":true}' : '{"error":"failing on purpose"}'),
      );
    });
  }
}

/**
 * Verifies a received request with the standardwebhooks library (as a subscriber would) and returns
 * the parsed payload; throws WebhookVerificationError when the signature does not match.
 */
export function verifyWebhook(secret: string, request: ReceivedRequest): unknown {
  return new Webhook(secret).verify(request.body, request.headers);
}

/** A domain event written as services write it: in a transaction, with its outbox row. Returns its id. */
export const emitDomainEvent = (ctx: TestContext, event: DomainEventInput): Promise<string> =>
  transaction(ctx.database.db, (tx) => emitEvent(tx, event));

/** Polls until `probe` returns something other than null, and returns that. */
export async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Subscribes through the API, as a client would; returns the new endpoint's id and signing secret. */
export async function subscribe(
  ctx: TestContext,
  key: string,
  body: { url: string; events: string[]; scope?: { regionId?: string; unitId?: string } },
): Promise<{ id: string; secret: string }> {
  const res = await call(ctx, key, { method: 'POST', url: '/v1/webhook-endpoints', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export interface DeliveryView {
  id: string;
  messageId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastLatencyMs: number | null;
  inFlightSince: string | null;
  unknownOutcomeAttempts: number;
}

/** The delivery log of an endpoint through the API, optionally of one status. */
export async function deliveriesOf(
  ctx: TestContext,
  key: string,
  endpointId: string,
  status?: string,
): Promise<DeliveryView[]> {
  const res = await call(ctx, key, {
    method: 'GET',
    url: `/v1/webhook-endpoints/${endpointId}/deliveries?limit=200${status ? `&status=${status}` : ''}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}
