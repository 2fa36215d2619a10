import { describe, expect, it } from 'vitest';
import { MatchingSlots } from '../../src/jobs/matching-slots.js';

/** A pass that runs until its `finish` is called. */
async function waitFor(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setTimeout(r, 1));
}

function held() {
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { pass: () => done, finish };
}

describe('matching slots', () => {
  it('takes a pass through tryRun while a slot is free or fewer than its size wait, behind the queued ones', async () => {
    const slots = new MatchingSlots(2);
    const [a, b, c, d] = [held(), held(), held(), held()];
    const order: string[] = [];
    const tracked = (name: string, pass: () => Promise<void>) => async () => {
      order.push(name);
      await pass();
    };
    const first = slots.tryRun(tracked('a', a.pass));
    const queued = slots.run(tracked('b', b.pass));
    // Both slots taken: two more may wait, the queue's first.
    const waitingQueued = slots.run(tracked('c', c.pass));
    const waitingLocal = slots.tryRun(tracked('d', d.pass));
    expect(first).not.toBeNull();
    expect(waitingLocal).not.toBeNull();
    expect(slots.tryRun(async () => undefined)).toBeNull();
    await waitFor(() => order.length === 2);
    expect(order).toEqual(['a', 'b']);
    a.finish();
    await first;
    await waitFor(() => order.length === 3);
    expect(order).toEqual(['a', 'b', 'c']);
    for (const p of [b, c, d]) p.finish();
    await Promise.all([queued, waitingQueued, waitingLocal]);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
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
