import { writeFileSync } from 'node:fs';
import { buildApp } from '../app.js';
import { createDatabase } from '../db/client.js';
import { redisTopology } from '../lib/redis.js';
import { producerRedis, Queues } from '../outbox/queues.js';
import { openapiYaml } from '../plugins/openapi.js';
import { configOrExit } from '../runtime.js';

/** `npm run openapi`: rewrites openapi.yaml from the route schemas. Opens no connection. */
const config = { ...configOrExit(), LOG_LEVEL: 'silent' as const };
const database = createDatabase(config.DATABASE_URL, 1);
const topology = redisTopology(config);
const redis = producerRedis(topology, { lazyConnect: true });
redis.on('error', () => {});
const queues = new Queues(redis, config.REDIS_PREFIX, topology);
const app = await buildApp({ config, database, redis, queues });
await app.ready();
writeFileSync(new URL('../../openapi.yaml', import.meta.url), openapiYaml(app));
await app.close();
await queues.close().catch(() => {});
redis.disconnect();
await database.close();
process.stdout.write('openapi.yaml written\n');
