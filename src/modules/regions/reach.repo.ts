import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import type { Reach } from './regions.access.js';

/** Where a statement looks: the caller's reach, judged on a day (pairings end). */
export interface Within {
  reach: Reach;
  today: string;
}

/** A filter for each kind of reach, over the rows of one table. */
export interface ReachFilters {
  subtree(path: string): SQL;
  unit(unitId: string): SQL;
  member(memberId: string): SQL;
}

/** The rows a reach covers, as a filter: undefined for everything, false for nothing. */
export function reachFilter(reach: Reach, filters: ReachFilters): SQL | undefined {
  switch (reach.kind) {
    case 'everything':
      return undefined;
    case 'subtree':
      return filters.subtree(reach.path);
    case 'unit':
      return filters.unit(reach.unitId);
    case 'member':
      return filters.member(reach.memberId);
    case 'nothing':
      return sql`false`;
  }
}

/** A page of ids after `after`, and one row more, so the caller can tell whether another page follows. */
export interface PageAfter {
  after?: string;
  limit: number;
}

type IdTable = PgTable & { id: PgColumn };

/**
 * The statements every table keyed by a time-ordered id shares, narrowed by the scope its repository
 * reads as a filter (a reach, the keys a caller manages): a row by id, a page of rows in id order, an
 * insert and an update, each answering the rows as they are after it.
 */
export function idRows<T extends IdTable, S>(table: T, scoped: (scope: S) => SQL | undefined) {
  type Row = T['$inferSelect'];
  type New = T['$inferInsert'];
  // The query builder's types do not follow a table given as a type parameter; the rows are `Row`.
  const from = (db: Db) => db.select().from(table as PgTable);
  return {
    /** A row by id, when the scope covers it (without a scope, any row); `lock` locks it for update. */
    async find(db: Db, id: string, scope?: S, opts: { lock?: boolean } = {}) {
      const q = from(db).where(and(eq(table.id, id), scope === undefined ? undefined : scoped(scope)));
      const [row] = opts.lock ? await q.for('update') : await q;
      return row as Row | undefined;
    },
    /** The scope's rows after the page's cursor that pass every filter. */
    async page(db: Db, scope: S, page: PageAfter, filters: (SQL | undefined)[] = []) {
      const rows = await from(db)
        .where(and(scoped(scope), ...filters, page.after ? gt(table.id, page.after) : undefined))
        .orderBy(asc(table.id))
        .limit(page.limit + 1);
      return rows as Row[];
    },
    async insert(db: Db, values: New) {
      const rows = await db
        .insert(table as PgTable)
        .values(values)
        .returning();
      return rows[0] as Row;
    },
    async update(db: Db, id: string, changes: Partial<New>) {
      const rows = await db
        .update(table as PgTable)
        .set(changes)
        .where(eq(table.id, id))
        .returning();
      return rows[0] as Row;
    },
  };
}
