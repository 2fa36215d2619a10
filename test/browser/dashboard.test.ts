import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity } from '../factories/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/** Debian's Chromium, driven by playwright-core, against the app listening on loopback. */
describe('in a real browser: the queue dashboard and the API reference', () => {
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

  it('logs in with an ops key and shows every queue on the read-only board', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/admin/queues`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.fill('#apiKey', city.keys.ops);
    await Promise.all([page.waitForURL(`${base}/admin/queues/view/`), page.click('button[type=submit]')]);
    await page.getByText('Whistle Dispatch queues (read-only)').first().waitFor({ state: 'visible' });
    for (const queue of ['matching', 'offers', 'webhooks', 'sla', 'maintenance']) {
      await page
        .locator(`a[href="/admin/queues/view/queue/${queue}"]`)
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 });
    }
    await page.close();
  });

  it('renders the API reference at /docs with its operations', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/docs`);
    const operations = page.locator('.opblock');
    await operations.first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await operations.count()).toBeGreaterThan(3);
    await page
      .locator('.opblock-summary-path', { hasText: '/v1/ops/queues' })
      .first()
      .waitFor({ state: 'visible' });
    await page.close();
  });
});
