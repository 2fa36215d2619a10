import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextBookingStatus } from '../../src/domain/booking-state.js';
import { localTime, overlappingIntervals, slotIsOpen } from '../../src/domain/opening-hours.js';

const SH = 'Asia/Shanghai';
// Saturday 2026-12-12 in Shanghai (UTC+8).
const at = (local: string) => new Date(`${local}+08:00`);
const saturday = [{ weekday: 6, opens: '08:00', closes: '18:00' }];

describe('opening hours', () => {
  it('reads an instant in the zone: local date, ISO weekday and minutes', () => {
    expect(localTime(at('2026-12-12T09:30:00'), SH)).toEqual({
      date: '2026-12-12',
      weekday: 6,
      minutes: 570,
    });
    // 23:30 UTC on Saturday is already Sunday 07:30 in Shanghai.
    expect(localTime(new Date('2026-12-12T23:30:00Z'), SH)).toMatchObject({ date: '2026-12-13', weekday: 7 });
    expect(localTime(new Date('2026-12-12T12:00:00Z'), 'Europe/London').weekday).toBe(6);
  });

  it('takes a slot inside one interval and refuses one that starts early, ends late or is another day', () => {
    expect(slotIsOpen(saturday, SH, at('2026-12-12T08:00:00'), at('2026-12-12T18:00:00'))).toBe(true);
    expect(slotIsOpen(saturday, SH, at('2026-12-12T07:59:00'), at('2026-12-12T09:00:00'))).toBe(false);
    expect(slotIsOpen(saturday, SH, at('2026-12-12T17:00:00'), at('2026-12-12T18:00:01'))).toBe(false);
    expect(slotIsOpen(saturday, SH, at('2026-12-13T09:00:00'), at('2026-12-13T10:00:00'))).toBe(false);
    // The same instants read in another zone fall outside the hours.
    expect(slotIsOpen(saturday, 'UTC', at('2026-12-12T08:00:00'), at('2026-12-12T10:00:00'))).toBe(false);
  });

  it('ends at midnight with 24:00, and never spans two days or two intervals', () => {
    const allDay = [
      { weekday: 6, opens: '00:00', closes: '24:00' },
      { weekday: 7, opens: '00:00', closes: '24:00' },
    ];
    expect(slotIsOpen(allDay, SH, at('2026-12-12T22:00:00'), at('2026-12-13T00:00:00'))).toBe(true);
    expect(slotIsOpen(allDay, SH, at('2026-12-12T23:00:00'), at('2026-12-13T01:00:00'))).toBe(false);
    const split = [
      { weekday: 6, opens: '08:00', closes: '12:00' },
      { weekday: 6, opens: '12:00', closes: '18:00' },
    ];
    expect(slotIsOpen(split, SH, at('2026-12-12T11:00:00'), at('2026-12-12T13:00:00'))).toBe(false);
    expect(slotIsOpen(split, SH, at('2026-12-12T10:00:00'), at('2026-12-12T10:00:00'))).toBe(false);
  });

  it('accepts exactly the slots whose local start and end lie within the interval (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }), (start, length) => {
        const s = new Date(at('2026-12-12T00:00:00').getTime() + start * 60_000);
        const e = new Date(s.getTime() + length * 60_000);
        const inside = start >= 480 && start + length <= 1080;
        expect(slotIsOpen(saturday, SH, s, e)).toBe(inside);
      }),
    );
  });

  it('finds intervals of one weekday that overlap, and lets touching ones be', () => {
    expect(
      overlappingIntervals([
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '12:00', closes: '14:00' },
        { weekday: 2, opens: '09:00', closes: '13:00' },
      ]),
    ).toBeNull();
    expect(
      overlappingIntervals([
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '11:59', closes: '14:00' },
      ]),
    ).not.toBeNull();
  });
});

describe('booking states', () => {
  it('approves and rejects requests only, cancels what still holds a slot', () => {
    expect(nextBookingStatus('requested', 'approve')).toBe('approved');
    expect(nextBookingStatus('requested', 'reject')).toBe('rejected');
    expect(nextBookingStatus('confirmed', 'approve')).toBeNull();
    expect(nextBookingStatus('approved', 'reject')).toBeNull();
    for (const s of ['requested', 'approved', 'confirmed'] as const)
      expect(nextBookingStatus(s, 'cancel')).toBe('cancelled');
    for (const s of ['rejected', 'cancelled'] as const)
      for (const c of ['approve', 'reject', 'cancel'] as const) expect(nextBookingStatus(s, c)).toBeNull();
  });
});
