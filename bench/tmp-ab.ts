import autocannon from 'autocannon';
import { buildDist } from './lib/build.js';
import { createCity, orderBody } from './lib/fixtures.js';
import { cpuMs, startService } from './lib/processes.js';
import { loadAverage } from './lib/report.js';
import { createScratch } from './lib/scratch.js';
import { traceRequest } from './lib/sql-trace.js';
const base = await buildDist();
const exp = await buildDist('/tmp/wd-src-exp');
const scratch = await createScratch();
const city = await createCity(scratch.database, 20);
let i = 0;
console.log('statements per order (service as built from src, in-process tsx):', (await traceRequest(scratch, () => ({ method: 'POST', url: '/v1/orders', headers: { authorization: `Bearer ${city.officerKey}` }, payload: orderBody(i++, 20) }))).length);
for (const round of [1, 2]) for (const [label, b] of [['base', base], ['patched', exp]] as const) {
  const api = await startService('api', scratch, { buildDir: b.dir });
  const post = (n: number, c: number) => autocannon({ url: `${api.baseUrl}/v1/orders`, connections: c, amount: n, method: 'POST', headers: { authorization: `Bearer ${city.officerKey}`, 'content-type': 'application/json' }, requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(orderBody(i++, 20)) }) }] });
  const first = await post(300, 10);
  if (first.non2xx) throw new Error(`${label}: ${first.non2xx} non-2xx`);
  for (const c of [10, 50]) {
    const before = cpuMs(api.nodePid());
    const r = await post(2000, c);
    console.log(round, label.padEnd(8), `c=${c}`, 'cpu/req', ((cpuMs(api.nodePid()) - before) / 2000).toFixed(2), 'ms; rate', Math.round(2000 / r.duration), 'p50', r.latency.p50, 'p99', r.latency.p99, 'non2xx', r.non2xx, '| load', loadAverage());
  }
  await api.stop();
}
const { rows } = await scratch.database.pool.query(`select count(*)::int n, count(distinct entity_id)::int e from audit_events`);
console.log('audit', rows[0]);
await scratch.close();
base.remove(); exp.remove();
