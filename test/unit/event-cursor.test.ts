import { describe, expect, it } from 'vitest';
import {
  comparePositions,
  decodeCursor,
  encodeCursor,
  horizonOf,
  laterOf,
} from '../../src/modules/events/cursor.js';

const a = { tx: '9', id: '01936f0e-8c1a-7b3e-9d55-2f4a1c9e7b10' };
const b = { tx: '10', id: '01936f0e-0000-7000-8000-000000000000' };
const c = { tx: '10', id: '01936f0e-0000-7000-8000-000000000001' };

describe('event feed cursors', () => {
  it('order positions by transaction (as numbers, not text), then by id', () => {
    expect(comparePositions(a, b)).toBe(-1);
    expect(comparePositions(b, c)).toBe(-1);
    expect(comparePositions(c, b)).toBe(1);
    expect(comparePositions(c, { ...c })).toBe(0);
    expect(laterOf(a, c)).toBe(c);
    expect(
      comparePositions({ tx: '18446744073709551615', id: a.id }, { tx: '18446744073709551614', id: a.id }),
    ).toBe(1);
  });

  it('puts a horizon after every event of the transactions below it and before those at it', () => {
    const h = horizonOf('10');
    expect(comparePositions(a, h)).toBe(-1);
    expect(comparePositions({ tx: '9', id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }, h)).toBe(0);
    expect(comparePositions(b, h)).toBe(1);
  });

  it('round-trips, and refuses anything it did not make', () => {
    for (const p of [a, b, horizonOf('123456789012')]) expect(decodeCursor(encodeCursor(p), 'q')).toEqual(p);
    for (const bad of [
      '',
      'x',
      encodeCursor(a).slice(1),
      `${encodeCursor(a)}=`,
      Buffer.from('9.nope').toString('base64url'),
      Buffer.from(`09.${a.id}`).toString('base64url'),
    ])
      expect(() => decodeCursor(bad, 'querystring.after')).toThrow(/cursor is not valid/);
  });
});
