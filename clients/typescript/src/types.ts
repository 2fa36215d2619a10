import type { FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { MediaType, PathsWithMethod, RequestBodyJSON, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { components, paths } from './generated/schema.js';

/** The methods the API uses. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every path (the template, as in openapi.yaml) that has an operation for `M`. */
export type PathOf<M extends Method> = PathsWithMethod<paths, M>;

/** What a call of `M` on `P` accepts: params (path, query, header) and body, typed per operation. */
export type InitOf<P extends PathOf<M>, M extends Method> = MaybeOptionalInit<paths[P], M>;

/** The init argument, optional when the operation requires nothing (as openapi-fetch has it). */
export type InitArgs<I> = RequiredKeysOf<I> extends never ? [init?: I] : [init: I];

/** The body of a successful answer of `M` on `P`. */
export type ResponseData<
  P extends PathOf<M>,
  M extends Method,
  I = object,
> = paths[P][M] extends infer O extends Record<string, unknown>
  ? NonNullable<FetchResponse<O, I, MediaType>['data']>
  : never;

/** The JSON body `M` on `P` takes. */
export type RequestBody<P extends PathOf<M>, M extends Method> = RequestBodyJSON<paths[P][M]>;

/** An RFC 9457 problem document, as every error of the API is. */
export type Problem = components['schemas']['Problem'];

/** What every webhook delivery and every event of the feed is about. */
export type EventType = Exclude<RequestBody<'/v1/webhook-endpoints', 'post'>['events'][number], '*'>;

/** An event of the feed and the stream: the webhook payload (`type`, `timestamp`, `data`) with its id and cursor. */
export type FeedEvent = components['schemas']['Event'];

/** The filters of the event stream (the resume position goes in `lastEventId`, not here). */
export type StreamQuery = Omit<
  NonNullable<paths['/v1/events/stream']['get']['parameters']['query']>,
  'lastEventId' | 'access_token'
>;
