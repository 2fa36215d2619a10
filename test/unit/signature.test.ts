import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { webhookSigner } from '../../src/modules/webhooks/signature.js';

describe('webhookSigner', () => {
  it('signs as the standardwebhooks package does, and its signatures verify with it', () => {
    const at = new Date('2026-12-07T10:00:00.987Z');
    const bodies = ['{}', JSON.stringify({ type: 'offer.created', data: { title: '助老 买菜 🛒', n: 1 } })];
    for (let i = 0; i < 20; i++) {
      const secret = `whsec_${randomBytes(32).toString('base64')}`;
      const sign = webhookSigner(secret);
      const library = new Webhook(secret);
      for (const body of bodies) {
        const signature = sign(`msg_${i}`, at, body);
        expect(signature).toBe(library.sign(`msg_${i}`, at, body));
        const now = new Date();
        const headers = {
          'webhook-id': `msg_${i}`,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': sign(`msg_${i}`, now, body),
        };
        expect(library.verify(body, headers)).toEqual(JSON.parse(body));
      }
    }
  });

  it('refuses an empty secret, as the package does', () => {
    expect(() => webhookSigner('whsec_')).toThrow('empty');
    expect(() => new Webhook('whsec_')).toThrow();
  });
});
