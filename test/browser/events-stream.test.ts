import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, createCity } from '../factories/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { emitDomainEvent } from '../helpers/webhook-receiver.js';

/** What the page script keeps on its global object (tests are compiled without the DOM library). */
interface PageGlobal {
  received: { data: string; lastEventId: string }[];
  opened: boolean;
  EventSource: new (
    url: string,
  ) => {
    onopen: (() => void) | null;
    onmessage: ((e: { data: string; lastEventId: string }) => void) | null;
  };
}

/** Debian's Chromium opens the event stream with its own EventSource, authenticated by a stream token. */
describe('in a real browser: EventSource on the event stream', () => {
  let ctx: TestContext;
  let city: City;
  let browser: BrowserContext;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    chromium = await launchChromium();
    browser = chromium.browser;
  });

  afterAll(async () => {
    await chromium?.close();
    await ctx?.close();
  });

  it('receives an event of its scope, with the cursor as lastEventId', async () => {
    // The integrator's backend holds the key and hands the browser a short-lived token.
    const { token } = (
      await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/events/stream-tokens' })
    ).json();
    const page = await browser.newPage();
    await page.goto(`${base}/healthz`);
    await page.evaluate(
      (url) => {
        const w = globalThis as unknown as PageGlobal;
        w.received = [];
        w.opened = false;
        const source = new w.EventSource(url);
        source.onopen = () => {
          w.opened = true;
        };
        source.onmessage = (e) => w.received.push({ data: e.data, lastEventId: e.lastEventId });
      },
      `/v1/events/stream?access_token=${encodeURIComponent(token)}`,
    );
    await page.waitForFunction(() => (globalThis as unknown as PageGlobal).opened, undefined, {
      timeout: 15_000,
    });
    const id = await emitDomainEvent(ctx, {
      type: 'order.updated',
      regionPath: city.communityA1.path,
      unitIds: [city.unitA.id],
      data: { from: 'browser test' },
    });
    await page.waitForFunction(() => (globalThis as unknown as PageGlobal).received.length > 0, undefined, {
      timeout: 15_000,
    });
    const [first] = await page.evaluate(() => (globalThis as unknown as PageGlobal).received);
    const event = JSON.parse(first!.data);
    expect(event).toMatchObject({ id, type: 'order.updated', data: { from: 'browser test' } });
    expect(first!.lastEventId).toBe(event.cursor);
    await page.close();
  });
});
