import type { InitArgs, InitOf, PathOf, ResponseData } from './types.js';

interface CursorPage {
  items: readonly unknown[];
  nextCursor: string | null;
}

/** Every GET that answers cursor pages: `{ items, nextCursor }`, the next one at `?cursor=`. */
export type PagedPath = {
  [P in PathOf<'get'>]: ResponseData<P, 'get'> extends CursorPage ? P : never;
}[PathOf<'get'>];

export type Page<P extends PagedPath> = ResponseData<P, 'get'>;
export type PageItem<P extends PagedPath> = Page<P> extends { items: readonly (infer T)[] } ? T : never;

type GetPage = (path: string, init: object) => Promise<CursorPage>;
type ListInit = { params?: { query?: { cursor?: string } } };

/** The pages of a list from the first (or from `query.cursor`) to the last, fetched as they are read. */
export async function* pagesOf<P extends PagedPath, I extends InitOf<P, 'get'>>(
  getPage: GetPage,
  path: P,
  ...[init]: InitArgs<I>
): AsyncGenerator<Page<P>, void, undefined> {
  const base = (init ?? {}) as ListInit;
  let cursor = base.params?.query?.cursor;
  do {
    const query = { ...base.params?.query, cursor };
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
