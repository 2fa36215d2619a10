import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7): ordering by id is ordering by creation, which makes cursors simple. */
export const newId = (): string => v7();
