import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createCity, orderBody } from './lib/fixtures.js';
import { startService } from './lib/processes.js';
import { createScratch } from './lib/scratch.js';

const scratch = await createScratch();
const city = await createCity(scratch.database, 20);
const dir = mkdtempSync(join(tmpdir(), 'wd-prof-'));
const api = await startService('api', scratch, {
  nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=500'],
  vars: { LOG_LEVEL: process.env.LL ?? 'info' },
});
let i = 0;
await autocannon({
  url: `${api.baseUrl}/v1/orders`,
  connections: Number(process.env.C ?? 10),
  amount: Number(process.env.N ?? 4000),
  method: 'POST',
  headers: { authorization: `Bearer ${city.officerKey}`, 'content-type': 'application/json' },
  requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(orderBody(i++, 20)) }) }],
});
await api.stop();
await scratch.close();
console.log(dir);
