import { join } from 'node:path';
import autocannon from 'autocannon';
import { keyPrefix } from '../src/auth/keys.js';
import { createCity, orderBody } from './lib/fixtures.js';
import { pgbench } from './lib/pgbench.js';
import { startService } from './lib/processes.js';
import { loadAverage } from './lib/report.js';
import { createScratch } from './lib/scratch.js';

const S = Number(process.env.S ?? 8);
const scratch = await createScratch();
const city = await createCity(scratch.database, 20);
const pgb = () =>
  pgbench({
    databaseUrl: scratch.databaseUrl,
    script: join(import.meta.dirname, 'intake.pgbench.sql'),
    clients: 50,
    threads: 2,
    seconds: S,
    vars: { communities: '20', keyprefix: keyPrefix(city.officerKey) },
  });
let i = 0;
const cannon = async (url: string, s: number, c = 50) => {
  const r = await autocannon({
    url: `${url}/v1/orders`,
    connections: c,
    duration: s,
    method: 'POST',
    headers: { authorization: `Bearer ${city.officerKey}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(orderBody(i++, 20)) }) }],
  });
  return `${Math.round((r.statusCodeStats?.['201']?.count ?? 0) / r.duration)}/s p50 ${r.latency.p50} p99 ${r.latency.p99} non201 ${r.non2xx}`;
};
const notify = (on: boolean) =>
  scratch.database.pool.query(`alter table outbox ${on ? 'enable' : 'disable'} trigger outbox_notify`);
await pgb();
const exps = (process.env.EXP ?? 'pg,pg-nonotify,svc10,svc20,svc50').split(',');
for (const e of exps) {
  await scratch.database.pool.query('checkpoint');
  const load = loadAverage();
  if (e.startsWith('pg')) {
    await notify(!e.includes('nonotify'));
    const r = await pgb();
    console.log(
      e.padEnd(22),
      `${Math.round(r.tps)}/s p50 ${r.p50Ms.toFixed(1)} p99 ${r.p99Ms.toFixed(1)}`,
      '| load',
      load,
    );
    await notify(true);
  } else {
    const m = /svc(\d+)(-warn)?(-nonotify)?(-tsx)?/.exec(e)!;
    await notify(!m[3]);
    const api = await startService('api', scratch, {
      vars: { DATABASE_POOL_SIZE: m[1]!, LOG_LEVEL: m[2] ? 'warn' : 'info' },
      ...(m[4] ? { buildDir: null } : {}),
    });
    await cannon(api.baseUrl, 3);
    const r = await cannon(api.baseUrl, S);
    await api.stop();
    await notify(true);
    console.log(e.padEnd(22), r, '| load', load);
  }
}
await scratch.close();
