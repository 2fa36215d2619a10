import type { AddressInfo } from 'node:net';
import { type City, createCity } from '../../../test/factories/index.js';
import { createTestContext, type TestContext } from '../../../test/helpers/context.js';
import { type ClientOptions, createWhistleClient, type WhistleClient } from '../src/index.js';

export interface RunningService {
  ctx: TestContext;
  city: City;
  baseUrl: string;
  /** A client of this service with `apiKey`; the requests it sends and the answers it gets are in `seen`. */
  client(apiKey: string, options?: Partial<ClientOptions>): WhistleClient;
  /** Every request sent by the clients of this service, with the status it got. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  status: number;
  responseHeaders: Headers;
}

/**
 * The real service, built in-process as the integration tests build it (its own database and
 * Redis prefix), listening on a random port of 127.0.0.1 so the client talks HTTP to it.
 */
export async function startService(env: Record<string, string> = {}): Promise<RunningService> {
  const ctx = await createTestContext(env);
  const city = await createCity(ctx.database);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = ctx.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const seen: SeenRequest[] = [];
  const recording = async (request: Request) => {
    const response = await fetch(request);
    const url = new URL(request.url);
    seen.push({
      method: request.method,
      path: url.pathname,
      headers: request.headers,
      status: response.status,
      responseHeaders: response.headers,
    });
    return response;
  };
  return {
    ctx,
    city,
    baseUrl,
    seen,
    client: (apiKey, options = {}) => createWhistleClient({ baseUrl, apiKey, fetch: recording, ...options }),
    close: () => ctx.close(),
  };
}
