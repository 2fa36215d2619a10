import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/** Far more CSV than the loopback socket buffers hold, so the stream is still running when the client leaves. */
const MEMBERS = 150_000;

/** A connection of the app's pool still busy with the members report's statement. */
const REPORT_RUNNING = `select count(*)::int as n from pg_stat_activity
  where datname = current_database() and pid <> pg_backend_pid() and query like '%coalesce(f.hours, 0) desc%'`;

describe('members report CSV: a client that hangs up', () => {
  let ctx: TestContext;
  let city: City;
  let base: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    await ctx.database.pool.query(
      `insert into members (id, name, phone, community_id)
       select gen_random_uuid(), 'Resident ' || i, '135' || lpad(i::text, 8, '0'), $1
         from generate_series(1, $2::int) i`,
      [city.communityA1.id, MEMBERS],
    );
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('ends the statement and gives the connection back when the client leaves mid-stream', async () => {
    const { pool } = ctx.database;
    const received = await new Promise<number>((resolve, reject) => {
      const req = http.get(
        `${base}/v1/reports/members`,
        { headers: { authorization: `Bearer ${city.keys.admin}`, accept: 'text/csv' } },
        (res) => {
          expect(res.statusCode).toBe(200);
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            // Gone after the first 64 kB, without reading the rest.
            if (bytes > 65_536) {
              req.destroy();
              resolve(bytes);
            }
          });
          res.on('end', () => reject(new Error(`the whole report (${bytes} bytes) came before the hang-up`)));
        },
      );
      req.on('error', () => {});
    });
    expect(received).toBeGreaterThan(65_536);

    const deadline = Date.now() + 15_000;
    let state = { running: -1, busy: -1 };
    while (Date.now() < deadline) {
      const { rows } = await pool.query(REPORT_RUNNING);
      state = { running: rows[0].n, busy: pool.totalCount - pool.idleCount };
      if (state.running === 0 && state.busy === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(state).toEqual({ running: 0, busy: 0 });

    // The pool still serves a whole report afterwards.
    const again = await ctx.app.inject({
      method: 'GET',
      url: `/v1/reports/members?limit=5&regionId=${city.communityA1.id}`,
      headers: { authorization: `Bearer ${city.keys.admin}` },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().rows).toHaveLength(5);
  }, 60_000);
});
