import { describe, expect, it } from 'vitest';
import { MatchingSlots } from '../../src/jobs/matching-slots.js';

/** A pass that runs until its `finish` is called. */
function held() {
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { pass: () => done, finish };
}

describe('matching slots', () => {
  it('starts a pass through tryRun only while a slot is free and no queued pass waits for one', async () => {
    const slots = new MatchingSlots(2);
    const [a, b, c] = [held(), held(), held()];
    const first = slots.tryRun(a.pass);
    expect(first).not.toBeNull();
    const queued = slots.run(b.pass);
    // One slot left, taken by the job that came through the queue: tryRun finds none.
    const waiting = slots.run(c.pass);
    expect(slots.tryRun(async () => 'late')).toBeNull();
    a.finish();
    await first;
    // The freed slot went to the pass that waited for it, not to a newcomer.
    expect(slots.tryRun(async () => 'late')).toBeNull();
    b.finish();
    c.finish();
    await Promise.all([queued, waiting]);
    await expect(slots.tryRun(async () => 'now')).resolves.toBe('now');
  });

  it('runs at most its size at once, however the passes came', async () => {
    const slots = new MatchingSlots(3);
    let running = 0;
    let most = 0;
    const pass = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
    };
    const runs = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? slots.run(pass) : slots.tryRun(pass)));
    await Promise.all(runs);
    expect(most).toBe(3);
    expect(runs.filter((r) => r === null).length).toBeGreaterThan(0);
  });

  it('takes no pass through tryRun once closed, and still runs the queue’s', async () => {
    const slots = new MatchingSlots(2);
    slots.close();
    expect(slots.tryRun(async () => 1)).toBeNull();
    await expect(slots.run(async () => 2)).resolves.toBe(2);
  });
});
