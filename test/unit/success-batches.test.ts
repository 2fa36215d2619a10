import { afterEach, describe, expect, it, vi } from 'vitest';
import { SuccessBatches } from '../../src/modules/webhooks/success-batches.js';
import type { Success } from '../../src/modules/webhooks/webhooks.repo.js';

const success = (id: string): Success => ({
  deliveryId: id,
  attempt: { statusCode: 200, error: null, latencyMs: 3 },
  at: new Date('2026-12-07T10:00:00Z'),
});

/** A writer that records each statement's rows and ends when the test says so. */
function heldWrites() {
  const statements: { ids: string[]; finish: (err?: Error) => void }[] = [];
  const write = (rows: Success[]) =>
    new Promise<void>((resolve, reject) =>
      statements.push({
        ids: rows.map((r) => r.deliveryId),
        finish: (err) => (err ? reject(err) : resolve()),
      }),
    );
  return { statements, write };
}

describe('SuccessBatches', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the successes recorded within the linger in one statement, and settles each caller with it', async () => {
    vi.useFakeTimers();
    const held = heldWrites();
    const batches = new SuccessBatches(held.write, 50);
    const settled: string[] = [];
    const first = batches.record([success('a'), success('b')]).then(() => settled.push('first'));
    await vi.advanceTimersByTimeAsync(30);
    const second = batches.record([success('c')]).then(() => settled.push('second'));
    expect(held.statements).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(held.statements.map((s) => s.ids)).toEqual([['a', 'b', 'c']]);
    expect(settled).toEqual([]);
    held.statements[0]!.finish();
    await Promise.all([first, second]);
    expect(settled).toEqual(['first', 'second']);
    // The next success starts a batch of its own.
    void batches.record([success('d')]);
    await vi.advanceTimersByTimeAsync(50);
    expect(held.statements.map((s) => s.ids)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('writes at once when maxRows are waiting', async () => {
    vi.useFakeTimers();
    const held = heldWrites();
    const batches = new SuccessBatches(held.write, 50, 3);
    void batches.record([success('a'), success('b')]);
    expect(held.statements).toEqual([]);
    void batches.record([success('c')]);
    expect(held.statements.map((s) => s.ids)).toEqual([['a', 'b', 'c']]);
    // The timer of the written batch is gone: nothing is written twice.
    await vi.advanceTimersByTimeAsync(100);
    expect(held.statements).toHaveLength(1);
  });

  it('rejects every caller of a statement that failed, and writes later successes anew', async () => {
    vi.useFakeTimers();
    const held = heldWrites();
    const batches = new SuccessBatches(held.write, 10);
    const first = batches.record([success('a')]);
    const second = batches.record([success('b')]);
    await vi.advanceTimersByTimeAsync(10);
    held.statements[0]!.finish(new Error('Postgres went away'));
    await expect(first).rejects.toThrow('Postgres went away');
    await expect(second).rejects.toThrow('Postgres went away');
    const third = batches.record([success('c')]);
    await vi.advanceTimersByTimeAsync(10);
    expect(held.statements.map((s) => s.ids)).toEqual([['a', 'b'], ['c']]);
    held.statements[1]!.finish();
    await expect(third).resolves.toBeUndefined();
  });
});
