import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, driven by playwright-core, against the app listening on loopback. */
describe('in a real browser: the queue dashboard and the API reference', () => {
  let ctx: TestContext;
  let city: City;
  let browser: BrowserContext;
  let profile: string;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does this`,
      );
    }
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    profile = await mkdtemp(join(tmpdir(), 'wd-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
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
