import { describe, expect, it } from 'vitest';
import { keyedSequence } from '../../src/modules/orders/claims.service.js';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('keyedSequence (claims on one order, one after another)', () => {
  it('runs the tasks of one key in arrival order, one at a time, and other keys alongside', async () => {
    const run = keyedSequence();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string) => async () => {
      running++;
      most = Math.max(most, running);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all([run('a', task('a1')), run('a', task('a2')), run('a', task('a3'))]);
    expect(results).toEqual(['a1', 'a2', 'a3']);
    expect(log).toEqual(['start a1', 'end a1', 'start a2', 'end a2', 'start a3', 'end a3']);
    expect(most).toBe(1);

    const order: string[] = [];
    await Promise.all([
      run('x', async () => {
        order.push('x starts');
        await tick();
        await tick();
        order.push('x ends');
      }),
      run('y', async () => {
        order.push('y starts');
      }),
    ]);
    expect(order).toEqual(['x starts', 'y starts', 'x ends']);
  });

  it('goes on with the next task after one fails, and passes the failure to its caller', async () => {
    const run = keyedSequence();
    const failing = run('k', async () => {
      await tick();
      throw new Error('refused');
    });
    const next = run('k', async () => 'next');
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('next');
    // The key is forgotten when idle: a later task runs at once.
    await expect(run('k', async () => 'later')).resolves.toBe('later');
  });
});
