import type { paths } from './generated/schema.js';
import { isApiProblem } from './problems.js';
import type { PathOf, RequestBody, ResponseData } from './types.js';

/** Resources that can be read and changed at the same path. */
export type UpdatablePath = PathOf<'get'> & PathOf<'patch'>;

export interface UpdateOptions<P extends UpdatablePath> {
  params: { path: paths[P]['patch']['parameters']['path'] };
  /** The change, or a function computing it from the resource as just read (called again on a retry). */
  body: RequestBody<P, 'patch'> | ((current: ResponseData<P, 'get'>) => RequestBody<P, 'patch'>);
  /**
   * When the resource changed between the read and the PATCH (412 version_mismatch), read it again
   * and PATCH once more. Off by default: a fixed body would then overwrite the other change.
   */
  retryOnConflict?: boolean;
  signal?: AbortSignal;
}

export interface Answer<T> {
  data: T;
  response: Response;
  /** The answer's ETag, to send as If-Match with the next change. */
  etag: string | null;
}

const isComputed = <A, B>(body: A | ((current: B) => A)): body is (current: B) => A =>
  typeof body === 'function';

type Send = (method: 'get' | 'patch', path: string, init: object) => Promise<Answer<unknown>>;

/**
 * Optimistic concurrency done for you: GET the resource, keep its ETag, PATCH with If-Match. A
 * resource that sends no ETag is patched without If-Match.
 */
export async function updateWithEtag<P extends UpdatablePath>(
  send: Send,
  path: P,
  options: UpdateOptions<P>,
): Promise<Answer<ResponseData<P, 'patch'>>> {
  const { params, body, retryOnConflict = false, signal } = options;
  for (let attempt = 0; ; attempt++) {
    const current = await send('get', path, { params: { path: params.path }, signal });
    const change = isComputed(body) ? body(current.data as ResponseData<P, 'get'>) : body;
    const header = current.etag ? { 'if-match': current.etag } : undefined;
    try {
      const answer = await send('patch', path, {
        params: { path: params.path, header },
        body: change,
        signal,
      });
      return answer as Answer<ResponseData<P, 'patch'>>;
    } catch (err) {
      if (!retryOnConflict || attempt > 0 || !isApiProblem(err) || err.status !== 412) throw err;
    }
  }
}
