export {
  type ClientOptions,
  createWhistleClient,
  type EventStreamOptions,
  type WhistleClient,
} from './client.js';
export type { Answer, UpdatablePath, UpdateOptions } from './etag.js';
export { followStream, type ReconnectInfo, type StreamOptions } from './event-stream.js';
export type { components, paths } from './generated/schema.js';
export { acceptsIdempotencyKey } from './idempotency.js';
export type { Page, PagedPath, PageItem } from './pagination.js';
export { ApiProblem, isApiProblem } from './problems.js';
export type { RetryOptions } from './retry.js';
export type {
  EventType,
  FeedEvent,
  InitOf,
  Method,
  PathOf,
  Problem,
  RequestBody,
  ResponseData,
  StreamQuery,
} from './types.js';
export { type WebhookEvent, WebhookVerificationError, WebhookVerifier } from './webhooks.js';
