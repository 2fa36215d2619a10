import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { InlineAttempts, type InlineDelivery } from '../../src/modules/webhooks/inline-attempts.js';

const delivery = (id: string): InlineDelivery => ({
  deliveryId: id,
  messageId: `msg_${id}`,
  payload: {},
  endpoint: { id: 'e', url: 'https://example.org/hook', secret: 'whsec_x' },
});

/** An attempt that ends when the test says so. */
function heldAttempts() {
  const pending: { ids: string[]; finish: (err?: Error) => void }[] = [];
  const attempt = (deliveries: InlineDelivery[]) =>
    new Promise<void>((resolve, reject) =>
      pending.push({
        ids: deliveries.map((d) => d.deliveryId),
        finish: (err) => (err ? reject(err) : resolve()),
      }),
    );
  return { pending, attempt };
}

describe('InlineAttempts', () => {
  const log = pino({ level: 'silent' });

  it('gives at most `limit` slots at once, and a slot back when its attempt ends or has no deliveries', async () => {
    const held = heldAttempts();
    const inline = new InlineAttempts(2, held.attempt, log);
    expect(inline.reserve()).toBe(true);
    expect(inline.reserve()).toBe(true);
    expect(inline.reserve()).toBe(false);
    inline.run([]);
    expect(inline.reserve()).toBe(true);
    inline.run([delivery('a')]);
    expect(held.pending.map((p) => p.ids)).toEqual([['a']]);
    expect(inline.reserve()).toBe(false);
    held.pending[0]!.finish(new Error('Postgres went away'));
    await new Promise((r) => setImmediate(r));
    expect(inline.reserve()).toBe(true);
  });

  it('takes no wave once closing, and closes when the attempts under way have ended', async () => {
    const held = heldAttempts();
    const inline = new InlineAttempts(4, held.attempt, log);
    expect(inline.reserve()).toBe(true);
    inline.run([delivery('a'), delivery('b')]);
    let closed = false;
    const closing = inline.close().then(() => {
      closed = true;
    });
    expect(inline.reserve()).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(false);
    held.pending[0]!.finish();
    await closing;
    expect(closed).toBe(true);
  });

  it('has no slot at all with a limit of 0', () => {
    expect(new InlineAttempts(0, heldAttempts().attempt, log).reserve()).toBe(false);
  });
});
