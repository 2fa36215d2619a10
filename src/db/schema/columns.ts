import { type AnyPgColumn, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every table writes the same way. Every timestamp is `timestamptz`, read as a Date. */
export const tz = (name: string) => timestamp(name, { withTimezone: true });
export const createdAt = () => tz('created_at').notNull().defaultNow();
export const updatedAt = () => tz('updated_at').notNull().defaultNow();
/** A UUIDv7 primary key, made by the service (or `uuid7_seq` in a statement). */
export const id = () => uuid('id').primaryKey();
/** A required reference to another table's id. */
export const ref = (name: string, target: () => AnyPgColumn) => uuid(name).notNull().references(target);
