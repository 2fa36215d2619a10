import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../../../test/factories/orders.js';
import { WebhookReceiver } from '../../../test/helpers/webhook-receiver.js';
import { type RequestBody, WebhookVerificationError, WebhookVerifier } from '../src/index.js';
import { type RunningService, startService } from './service.js';

describe('webhook signatures', () => {
  let service: RunningService;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    service = await startService();
    receiver = await WebhookReceiver.start();
    await service.ctx.startWorkers(['webhooks']);
  });
  afterAll(async () => {
    await service?.close();
    await receiver?.close();
  });

  it('verifies a real delivery with the secret of the endpoint, and refuses a changed one', async () => {
    const client = service.client(service.city.keys.staffA1);
    const endpoint = await client.post('/v1/webhook-endpoints', {
      body: { url: receiver.url('/hooks'), events: ['order.published'] },
    });
    const order = await client.post('/v1/orders', {
      body: orderBody(service.city) as RequestBody<'/v1/orders', 'post'>,
    });
    const [delivery] = await receiver.waitFor(1, '/hooks');

    const verifier = new WebhookVerifier(endpoint.secret);
    const event = verifier.verify(delivery!.body, delivery!.headers);
    expect(event).toMatchObject({ type: 'order.published', data: { orderId: order.id } });
    expect(verifier.verify(Buffer.from(delivery!.body), new Headers(delivery!.headers)).type).toBe(
      'order.published',
    );

    const changed = delivery!.body.replace('order.published', 'order.cancelled');
    expect(changed).not.toBe(delivery!.body);
    expect(() => verifier.verify(changed, delivery!.headers)).toThrow(WebhookVerificationError);
    const other = new WebhookVerifier(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
    expect(() => other.verify(delivery!.body, delivery!.headers)).toThrow(WebhookVerificationError);
  });
});
