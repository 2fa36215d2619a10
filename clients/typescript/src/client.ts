import createOpenApiClient, { type Client } from 'openapi-fetch';
import { type Answer, type UpdatablePath, type UpdateOptions, updateWithEtag } from './etag.js';
import { followStream, type StreamOptions } from './event-stream.js';
import type { paths } from './generated/schema.js';
import { idempotencyKeys } from './idempotency.js';
import { type GetPage, itemsOf, type Page, type PagedPath, type PageItem, pagesOf } from './pagination.js';
import { problemOf } from './problems.js';
import { defaultRetry, type RetryOptions, retrying } from './retry.js';
import type { FeedEvent, InitArgs, InitOf, Method, PathOf, ResponseData, StreamQuery } from './types.js';

export interface ClientOptions {
  /** Where the API is, e.g. `https://whistle.example.org` (no `/v1`: paths carry it). */
  baseUrl: string;
  /** An API key, sent as `Authorization: Bearer …`. */
  apiKey?: string;
  /** Retries of 429 and 503 answers; `{ retries: 0 }` turns them off. */
  retry?: Partial<RetryOptions>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch to use (default: the global one). */
  fetch?: (request: Request) => Promise<Response>;
}

/** How to follow the stream: its filters, where to start, and when to reconnect. */
export type EventStreamOptions = Omit<StreamOptions, 'query'> & { query?: StreamQuery };

type Call<M extends Method> = <P extends PathOf<M>, I extends InitOf<P, M>>(
  path: P,
  ...init: InitArgs<I>
) => Promise<ResponseData<P, M, I>>;

export interface WhistleClient {
  /**
   * Each method calls the operation at `path` (the template of openapi.yaml, e.g.
   * `'/v1/orders/{id}'`, with `params: { path: { id } }`) and resolves to the answer's body, typed
   * per operation. Any answer outside 2xx is thrown as an ApiProblem.
   */
  get: Call<'get'>;
  post: Call<'post'>;
  put: Call<'put'>;
  patch: Call<'patch'>;
  delete: Call<'delete'>;
  /** Like the methods above, with the Response (headers, status) and its ETag. */
  request<M extends Method, P extends PathOf<M>, I extends InitOf<P, M>>(
    method: M,
    path: P,
    ...init: InitArgs<I>
  ): Promise<Answer<ResponseData<P, M, I>>>;
  /** Every item of a cursor-paged list, fetching the next page as the loop reaches it. */
  paginate<P extends PagedPath, I extends InitOf<P, 'get'>>(
    path: P,
    ...init: InitArgs<I>
  ): AsyncGenerator<PageItem<P>, void, undefined>;
  /** Every page of a cursor-paged list. */
  pages<P extends PagedPath, I extends InitOf<P, 'get'>>(
    path: P,
    ...init: InitArgs<I>
  ): AsyncGenerator<Page<P>, void, undefined>;
  /** GET, then PATCH with If-Match set to the ETag read (see UpdateOptions for retrying a 412). */
  update<P extends UpdatablePath>(
    path: P,
    options: UpdateOptions<P>,
  ): Promise<Answer<ResponseData<P, 'patch'>>>;
  /**
   * The live events of the key's scope (`GET /v1/events/stream`), as the feed lists them; the
   * iterator reconnects by itself with Last-Event-ID (see followStream).
   */
  stream(options?: EventStreamOptions): AsyncGenerator<FeedEvent, void, undefined>;
  /** The openapi-fetch client underneath (answers as `{ data, error, response }`, nothing thrown). */
  readonly openapi: Client<paths>;
}

/**
 * A client of the Whistle Dispatch API. Every POST that accepts an Idempotency-Key gets a random
 * one (or yours), and answers of 429 and 503 are retried after Retry-After when the request is
 * safe to send again: an idempotent method or a POST with an Idempotency-Key.
 */
export function createWhistleClient(options: ClientOptions): WhistleClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const openapi = createOpenApiClient<paths>({
    baseUrl,
    headers,
    fetch: retrying(fetchImpl, { ...defaultRetry, ...options.retry }),
  });
  openapi.use(idempotencyKeys);

  async function send(method: Method, path: string, init?: object): Promise<Answer<unknown>> {
    const { data, error, response } = await openapi.request(method, path as never, init as never);
    if (!response.ok) throw problemOf(response, error);
    return { data, response, etag: response.headers.get('etag') };
  }
  const call =
    (method: Method) =>
    (path: string, init?: object): Promise<unknown> =>
      send(method, path, init).then((answer) => answer.data);
  const getPage: GetPage = (path, init) => call('get')(path, init) as ReturnType<GetPage>;

  return {
    get: call('get') as Call<'get'>,
    post: call('post') as Call<'post'>,
    put: call('put') as Call<'put'>,
    patch: call('patch') as Call<'patch'>,
    delete: call('delete') as Call<'delete'>,
    request: send as WhistleClient['request'],
    pages: <P extends PagedPath, I extends InitOf<P, 'get'>>(path: P, ...init: InitArgs<I>) =>
      pagesOf<P, I>(getPage, path, ...init),
    paginate: <P extends PagedPath, I extends InitOf<P, 'get'>>(path: P, ...init: InitArgs<I>) =>
      itemsOf(pagesOf<P, I>(getPage, path, ...init)),
    update: (path, updateOptions) => updateWithEtag(send, path, updateOptions),
    stream: (streamOptions) =>
      followStream<FeedEvent>(
        { url: new URL(`${baseUrl}/v1/events/stream`), headers, fetch: fetchImpl },
        streamOptions,
      ),
    openapi,
  };
}
