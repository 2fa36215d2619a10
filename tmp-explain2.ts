import pg from 'pg';
import { createDatabase } from './src/db/client.js';
import { summary } from './src/modules/reports/summary.service.js';
import { membersReport, unitsReport } from './src/modules/reports/work.service.js';
const url = process.argv[2]!;
const mode = process.argv[3] ?? 'admin';
const which = process.argv[4] ?? 'summary';
const database = createDatabase(url, 8);
const captured: { text: string; values: unknown[] }[] = [];
const orig = pg.Client.prototype.query;
(pg.Client.prototype as any).query = function (this: pg.Client, q: any, ...rest: any[]) {
  if (typeof q === 'object' && q.text && !/set_config|explain/.test(q.text) && q.text.length > 100) captured.push({ text: q.text, values: q.values ?? rest[0] });
  return (orig as any).call(this, q, ...rest);
};
const street = (await database.pool.query(`select id, path from regions where level='street' order by name limit 1`)).rows[0];
const comm = (await database.pool.query(`select id, path from regions where level='community' order by name limit 1`)).rows[0];
const r = mode === 'admin' ? null : mode === 'community' ? comm : street;
const from = process.argv[5] ? new Date(Date.now() - Number(process.argv[5]) * 86400000) : null;
const scope = { regionId: r?.id ?? null, regionPath: r?.path ?? null, unitId: null, from, to: null, personalData: true, now: new Date() };
if (which === 'summary') await summary(database.db, scope as any); else if (which === 'units') await unitsReport(database.db, scope as any); else await membersReport(database.db, scope as any);
const cl = await database.pool.connect();
await cl.query("set jit = off; set work_mem = '64MB'");
for (const c of captured) {
  const plan = await cl.query({ text: `explain (analyze, buffers off) ${c.text}`, values: c.values });
  const lines = plan.rows.map((x: any) => x['QUERY PLAN']);
  console.log('=====', c.text.replace(/\s+/g, ' ').slice(0, 120));
  console.log(lines.filter((l: string) => /Execution|Scan|Index Cond/.test(l)).join('\n'));
}
cl.release();
await database.close();
