import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { producerRedis, Queues } from '../src/jobs/connection.js';
import { createCity, orderBody } from './lib/fixtures.js';
import { createScratch } from './lib/scratch.js';
const scratch = await createScratch();
const city = await createCity(scratch.database, 20);
const config = loadConfig({ DATABASE_URL: scratch.databaseUrl, REDIS_PREFIX: scratch.redisPrefix, RATE_LIMIT_ENABLED: 'false', LOG_LEVEL: 'warn' });
const redis = producerRedis(scratch.redisUrl);
const app = await buildApp({ config, database: scratch.database, redis, queues: new Queues(redis, scratch.redisPrefix) });
for (const cat of ['poverty_pairing', 'home_visit']) {
  const res = await app.inject({ method: 'POST', url: '/v1/orders', headers: { authorization: `Bearer ${city.officerKey}` }, payload: orderBody(3, 20, { categoryCode: cat }) });
  console.log(cat, res.statusCode, res.body.slice(0, 300));
}
await app.close();
redis.disconnect();
await scratch.close();
