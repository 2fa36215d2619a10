import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { type App, buildApp } from '../../src/app.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendLogs } from '../helpers/logs.js';
import { buildWorld, type FuzzWorld } from './fuzz-world.js';
import { OpenApiDocument, type Operation } from './openapi-document.js';
import type { Answer } from './response-rules.js';
import { type RequestParts, render, type WireRequest } from './valid-requests.js';

/**
 * Everything the fuzzer sends requests through: the app built as in production (called with inject,
 * and listening on a loopback port for what only a socket shows), a second app on the same database
 * whose rate budget is one request per key, and the world's database to count rows in.
 */
export class FuzzSession {
  private constructor(
    readonly ctx: TestContext,
    readonly world: FuzzWorld,
    /** Same database, a budget of one request per key and window: the next answer is 429. */
    readonly limited: App,
    private readonly origin: { host: string; port: number },
    private readonly tables: string[],
    /** The paths of GET operations that answer a stream (text/event-stream), which never ends by itself. */
    private readonly streams: RegExp[],
  ) {}

  static async open(): Promise<FuzzSession> {
    const ctx = await createTestContext();
    const world = await buildWorld(ctx);
    const { rows } = await ctx.database.pool.query<{ name: string }>(
      "select relname as name from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace order by 1",
    );
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const address = ctx.app.server.address() as AddressInfo;
    const logs = new PassThrough();
    logs.on('data', (chunk: Buffer) => appendLogs([], chunk));
    const limited = await buildApp({
      config: {
        ...ctx.config,
        RATE_LIMIT_ENABLED: true,
        RATE_LIMIT_ADMIN: 1,
        RATE_LIMIT_STAFF: 1,
        RATE_LIMIT_MEMBER: 1,
        RATE_LIMIT_ANONYMOUS: 1,
      },
      database: ctx.database,
      redis: ctx.redis,
      queues: ctx.queues,
      clock: ctx.clock,
      logStream: logs,
    });
    await limited.ready();
    const doc = new OpenApiDocument(new URL('../../openapi.yaml', import.meta.url));
    const streams = doc.operations
      .filter(
        (op) => op.method === 'GET' && Object.values(op.responses).some((r) => 'text/event-stream' in r),
      )
      .map((op) => new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`));
    return new FuzzSession(
      ctx,
      world,
      limited,
      { host: address.address, port: address.port },
      rows.map((r) => r.name),
      streams,
    );
  }

  async close(): Promise<void> {
    await this.limited.close();
    await this.ctx.close();
  }

  async inject(req: WireRequest, app: App = this.ctx.app): Promise<Answer> {
    if (req.method === 'GET' && this.streams.some((s) => s.test(req.url))) return this.streamHead(req, app);
    const res = await app.inject({
      method: req.method as 'GET',
      url: req.url,
      headers: req.headers,
      payloadAsStream: true,
      ...(req.body !== undefined ? { payload: req.body } : {}),
    });
    const answer: Answer = { status: res.statusCode, headers: res.headers, body: await bodyOf(res) };
    if (answer.status >= 500) answer.serverError = this.loggedError(String(res.headers['x-request-id']));
    return answer;
  }

  /** Over a real socket: request lines and header blocks too large for the parser never reach inject. */
  overSocket(req: WireRequest): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const r = httpRequest({
        ...this.origin,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent: false,
      });
      r.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
      r.on('error', reject);
      r.setTimeout(10_000, () => r.destroy(new Error('no answer within 10 s')));
      r.end(req.body);
    });
  }

  /**
   * A request to a stream, over a socket (inject waits for an end that a stream never reaches): an
   * answer that opens the stream is taken as its head, with no body, and the connection is closed.
   */
  private async streamHead(req: WireRequest, app: App): Promise<Answer> {
    if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
    const { address, port } = app.server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      const r = httpRequest({
        host: address,
        port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent: false,
      });
      r.on('response', (res) => {
        const answer = (body: string): Answer => ({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
        });
        if (String(res.headers['content-type']).startsWith('text/event-stream')) {
          r.destroy();
          return resolve(answer(''));
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const got = answer(Buffer.concat(chunks).toString());
          if (got.status >= 500) got.serverError = this.loggedError(String(res.headers['x-request-id']));
          resolve(got);
        });
      });
      r.on('error', reject);
      r.setTimeout(10_000, () => r.destroy(new Error('no answer within 10 s')));
      r.end(req.body);
    });
  }

  /** Rows of every table of the public schema: refused input must leave every count as it was. */
  async rowCounts(): Promise<Record<string, number>> {
    const counts = this.tables.map((t) => `'${t}', (select count(*) from "${t}")`).join(', ');
    return (await this.ctx.database.pool.query(`select json_build_object(${counts}) as counts`)).rows[0]
      .counts;
  }

  /** The resource's current ETag, read with GET on the same path, for an operation that takes If-Match. */
  async currentEtag(
    op: Operation,
    parts: RequestParts,
    key: string,
    methods: string[],
  ): Promise<string | undefined> {
    if (!op.parameters.some((p) => p.in === 'header' && p.name === 'if-match')) return undefined;
    if (!methods.includes('GET')) return undefined;
    const get = { ...parts, method: 'GET', query: {}, headers: {}, body: undefined };
    const etag = (await this.inject(render(op, get, key))).headers.etag;
    return typeof etag === 'string' ? etag : undefined;
  }

  /** What the app logged about a server error, so the finding names its cause. */
  private loggedError(requestId: string): string | undefined {
    const line = this.ctx.logs.find((l) => l.reqId === requestId && l.err) as
      | { err: { message?: string; cause?: { message?: string } } }
      | undefined;
    if (!line) return undefined;
    // The cause is the database's own words (the wrapping message repeats the statement); quoted
    // values are left out, so the same fault on different input is one finding.
    return (line.err.cause?.message ?? line.err.message ?? '')
      .split('\n')[0]!
      .replace(/"[^"]*"/g, '"…"')
      .slice(0, 200);
  }
}

/**
 * The body of an answer; of an event stream (which stays open), what arrives in its first moment:
 * the answer's status, headers and first message are what the description can be checked against.
 */
async function bodyOf(res: {
  headers: Record<string, unknown>;
  stream(): NodeJS.ReadableStream;
}): Promise<string> {
  const stream = res.stream() as NodeJS.ReadableStream & { destroy(): void };
  const live = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => {
    const timer = live ? setTimeout(resolve, 200) : undefined;
    stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    stream.on('end', () => {
      clearTimeout(timer);
      resolve();
    });
    stream.on('error', () => resolve());
  });
  if (live) stream.destroy();
  return Buffer.concat(chunks).toString('utf8');
}
