import { describe, expect, it } from 'vitest';
import { type ChainHead, chainedAudit, stampAfter, systemActor } from '../../src/audit/audit.repo.js';
import { eventHash } from '../../src/audit/chain.js';

const entityId = '0190a000-0000-7000-8000-000000000001';
const at = (iso: string) => new Date(iso);
const head = (createdAt: string): ChainHead => ({ seq: 4, hash: 'h4', createdAt: at(createdAt) });
const input = (when: string) => ({
  entityType: 'order',
  entityId,
  action: 'claim.created',
  actor: systemActor,
  after: { n: 1 },
  at: at(when),
});

interface StoredRow {
  seq: number;
  created_at: string;
  prev_hash: string | null;
  hash: string;
  before: unknown;
  after: unknown;
}

describe('an audit chain never runs backwards in time', () => {
  it('stamps an event no earlier than the head of its chain', () => {
    expect(stampAfter(at('2026-01-01T10:00:00.500Z'), head('2026-01-01T10:00:00.517Z'))).toEqual(
      at('2026-01-01T10:00:00.517Z'),
    );
    expect(stampAfter(at('2026-01-01T10:00:00.600Z'), head('2026-01-01T10:00:00.517Z'))).toEqual(
      at('2026-01-01T10:00:00.600Z'),
    );
    expect(stampAfter(at('2026-01-01T10:00:00.600Z'), null)).toEqual(at('2026-01-01T10:00:00.600Z'));
  });

  it('chains events read before a later head after it, and hashes the stored time', () => {
    const chained = chainedAudit(
      [input('2026-01-01T10:00:00.100Z'), input('2026-01-01T10:00:00.050Z'), input('2026-01-01T10:00:01Z')],
      head('2026-01-01T10:00:00.200Z'),
    );
    const rows = JSON.parse(chained.events) as StoredRow[];
    expect(rows.map((r) => [r.seq, r.created_at])).toEqual([
      [5, '2026-01-01T10:00:00.200Z'],
      [6, '2026-01-01T10:00:00.200Z'],
      [7, '2026-01-01T10:00:01.000Z'],
    ]);
    let prev = 'h4';
    for (const r of rows) {
      const fields = {
        entityType: 'order',
        entityId,
        seq: r.seq,
        action: 'claim.created',
        actorType: 'system',
        actorId: null,
        requestId: null,
        before: r.before,
        after: r.after,
        createdAt: new Date(r.created_at),
        prevHash: prev,
      };
      expect(r.prev_hash).toBe(prev);
      expect(r.hash).toBe(eventHash(fields));
      prev = r.hash;
    }
    expect(chained.head).toEqual({ seq: 7, hash: prev, createdAt: at('2026-01-01T10:00:01Z') });
  });
});
