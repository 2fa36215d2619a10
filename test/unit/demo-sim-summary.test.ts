import { describe, expect, it } from 'vitest';
import { openSlots } from '../../src/cli/demo/sim-bookings.js';
import { formatRanking, monthIn, type RankedStreet } from '../../src/cli/demo/sim-ranking.js';

describe('the slots the simulation books', () => {
  // Saturday 5 December 2026, 09:20 in Shanghai (01:20 UTC).
  const now = Date.parse('2026-12-05T01:20:00Z');
  const ground = {
    id: 'r',
    owner: { type: 'unit' as const, id: 'u' },
    kind: 'venue' as const,
    timeZone: 'Asia/Shanghai',
    openingHours: [6, 7].flatMap((weekday) => [
      { weekday, opens: '08:00', closes: '12:00' },
      { weekday, opens: '14:00', closes: '18:00' },
    ]),
  };

  it('offers the earliest whole-hour slots inside one opening interval, an hour ahead at least', () => {
    const slots = openSlots(ground, 2, now, 5).map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()]);
    expect(slots).toEqual([
      // 14:00–16:00, 15:00–17:00, 16:00–18:00 on Saturday, 08:00–10:00 and 09:00–11:00 on Sunday
      // (local); 11:00–13:00 would run past closing.
      ['2026-12-05T06:00:00.000Z', '2026-12-05T08:00:00.000Z'],
      ['2026-12-05T07:00:00.000Z', '2026-12-05T09:00:00.000Z'],
      ['2026-12-05T08:00:00.000Z', '2026-12-05T10:00:00.000Z'],
      ['2026-12-06T00:00:00.000Z', '2026-12-06T02:00:00.000Z'],
      ['2026-12-06T01:00:00.000Z', '2026-12-06T03:00:00.000Z'],
    ]);
  });

  it('offers nothing beyond the week ahead', () => {
    expect(openSlots({ ...ground, openingHours: [] }, 1, now, 4)).toEqual([]);
    expect(openSlots(ground, 1, now, 1_000).every((s) => s.startsAt.getTime() < now + 7 * 86_400_000)).toBe(
      true,
    );
  });
});

describe('the ranking in the summary', () => {
  it('takes the month in the time zone of the evaluations', () => {
    expect(monthIn(new Date('2026-11-30T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11');
    expect(monthIn(new Date('2026-11-30T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-12');
  });

  it('prints a row per street, aligned however wide the names are', () => {
    const street = (rank: number, name: string, overall: number | null): RankedStreet => ({
      rank,
      rankChange: rank === 1 ? 2 : null,
      name,
      responseRate: overall,
      resolutionRate: overall === null ? null : 50,
      satisfactionRate: null,
      overall,
      counts: { published: overall === null ? 0 : 12 },
    });
    const lines = formatRanking(
      { month: '2026-12', rows: [street(1, '甘棠街道', 92.5), street(2, 'Basuo', null)] },
      'Asia/Shanghai',
    );
    expect(lines[0]).toBe("The month's three rates (三率): streets ranked, 2026-12 (Asia/Shanghai)");
    expect(lines.slice(1)).toEqual([
      '  rank  change  street    response  resolution  satisfaction  overall  orders',
      '     1      +2  甘棠街道     92.5%       50.0%             –    92.50      12',
      '     2     new  Basuo            –           –             –        –       0',
    ]);
  });
});
