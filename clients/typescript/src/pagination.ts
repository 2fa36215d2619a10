import { pagedGets } from './generated/operations.js';
import type { InitArgs, InitOf, ResponseData } from './types.js';

interface CursorPage {
  items: readonly unknown[];
  nextCursor: string | null;
}

/** Every GET that answers cursor pages: `{ items, nextCursor }`, the next one at `?cursor=` (or `?after=`). */
export type PagedPath = keyof typeof pagedGets;

export type Page<P extends PagedPath> = ResponseData<P, 'get'>;
export type PageItem<P extends PagedPath> = Page<P> extends { items: readonly (infer T)[] } ? T : never;

/** Fetches one page (the client's GET). */
export type GetPage = (path: string, init: object) => Promise<CursorPage>;
type ListInit = { params?: { query?: Record<string, unknown> } };

/**
 * The pages of a list from the first (or from the cursor given in the query) to the last, each
 * fetched when the loop reaches it.
 */
export async function* pagesOf<P extends PagedPath, I extends InitOf<P, 'get'>>(
  getPage: GetPage,
  path: P,
  ...[init]: InitArgs<I>
): AsyncGenerator<Page<P>, void, undefined> {
  const param = pagedGets[path];
  const base = (init ?? {}) as ListInit;
  let cursor = base.params?.query?.[param];
  do {
    const query = { ...base.params?.query, [param]: cursor };
    const page = await getPage(path, { ...base, params: { ...base.params, query } });
    yield page as Page<P>;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The items of every page, one by one. */
export async function* itemsOf<P extends PagedPath>(
  pages: AsyncIterable<Page<P>>,
): AsyncGenerator<PageItem<P>, void, undefined> {
  for await (const page of pages) yield* (page as CursorPage).items as PageItem<P>[];
}
