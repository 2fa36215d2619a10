import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createCity, orderBody } from './lib/fixtures.js';
import { startService } from './lib/processes.js';

const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return [Number(f[11]) * 10, Number(f[12]) * 10] as const;
};

import { loadAverage } from './lib/report.js';
import { createScratch } from './lib/scratch.js';

const scratch = await createScratch();
const city = await createCity(scratch.database, 20);
const api = await startService('api', scratch, { vars: { LOG_LEVEL: process.env.LL ?? 'info' } });
let i = 0;
const post = (n: number, c: number) =>
  autocannon({
    url: `${api.baseUrl}/v1/orders`,
    connections: c,
    amount: n,
    method: 'POST',
    headers: { authorization: `Bearer ${city.officerKey}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(orderBody(i++, 20)) }) }],
  });
await post(1000, 10);
for (const c of [1, 1, 10, 50]) {
  const before = cpuMs(api.nodePid());
  const r = await post(1000, c);
  const after = cpuMs(api.nodePid());
  console.log(
    `c=${c}`,
    'user/sys per req',
    ((after[0] - before[0]) / 1000).toFixed(2),
    ((after[1] - before[1]) / 1000).toFixed(2),
    'ms; rate',
    Math.round(1000 / r.duration),
    'p50',
    r.latency.p50,
    'p99',
    r.latency.p99,
    '| load',
    loadAverage(),
  );
}
await api.stop();
await scratch.close();
