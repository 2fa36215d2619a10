import sseModule, { type fastifySSE } from '@fastify/sse';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { operationContractPlugin } from './http/operation-contract.js';
import type { Clock } from './lib/clock.js';
import { systemClock } from './lib/clock.js';
import type { RedisClient } from './lib/redis.js';
import { loggerOptions, stdoutDestination } from './logger.js';
import { apiKeysRoutes } from './modules/api-keys/api-keys.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { categoriesRoutes } from './modules/categories/categories.routes.js';
import { evaluationsRoutes } from './modules/evaluations/evaluations.routes.js';
import { eventsRoutes } from './modules/events/events.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { householdsRoutes } from './modules/households/households.routes.js';
import { pairingsRoutes } from './modules/households/pairings.routes.js';
import { ledgerRoutes } from './modules/ledger/ledger.routes.js';
import { membersRoutes } from './modules/members/members.routes.js';
import { offersRoutes } from './modules/offers/offers.routes.js';
import { open311Routes } from './modules/open311/open311.routes.js';
import { opsRoutes } from './modules/ops/ops.routes.js';
import { ordersRoutes } from './modules/orders/orders.routes.js';
import { privacyRoutes } from './modules/privacy/privacy.routes.js';
import { regionsRoutes } from './modules/regions/regions.routes.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { resourcesRoutes } from './modules/resources/resources.routes.js';
import { slaRoutes } from './modules/sla/sla.routes.js';
import { transfersRoutes } from './modules/transfers/transfers.routes.js';
import { unitsRoutes } from './modules/units/units.routes.js';
import { webhooksRoutes } from './modules/webhooks/webhooks.routes.js';
import type { Queues } from './outbox/queues.js';
import { authPlugin } from './plugins/auth.js';
import { clientErrorHandler, frameworkErrors } from './plugins/client-errors.js';
import { metricsPlugin } from './plugins/metrics.js';
import { openapiPlugin } from './plugins/openapi.js';
import { problemDetailsPlugin } from './plugins/problem-details.js';
import { readFencePlugin } from './plugins/read-fence.js';
import { genRequestId, requestContextPlugin } from './plugins/request-context.js';
import { RequestLogController } from './plugins/request-log.js';
import { routeTablePlugin } from './plugins/route-table.js';
import { securityPlugin } from './plugins/security.js';
import { buildServices, type Services } from './services.js';

/** What the app is built from: it reads no environment and opens no sockets of its own. */
export interface AppDeps {
  config: Config;
  database: Database;
  /** A Redis client for readiness, rate limits and queue figures (enableOfflineQueue: false). */
  redis: RedisClient;
  queues: Queues;
  clock?: Clock;
  /** The services, when the process built them already (API and workers in one process share them). */
  services?: Services;
  /** Where the logs go: stdout when absent (`stdoutDestination`); tests pass a stream to capture them. */
  logStream?: DestinationStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: Required<Omit<AppDeps, 'logStream' | 'services'>>;
    services: Services;
  }
}

export type App = FastifyInstance;

/** @fastify/sse is CommonJS: its default import is module.exports, the plugin wrapped by fastify-plugin. */
const sse = sseModule as unknown as typeof fastifySSE;

export async function buildApp(deps: AppDeps): Promise<App> {
  const logger = { ...loggerOptions(deps.config), stream: deps.logStream ?? stdoutDestination() };
  const requestLog = new RequestLogController();
  const app = Fastify({
    logger,
    logController: requestLog,
    genReqId: genRequestId,
    requestIdHeader: false,
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    trustProxy: deps.config.TRUST_PROXY,
    ajv: { customOptions: { removeAdditional: false } },
    // Errors met before a route runs, and the 503 while closing, are problem documents too.
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  requestLog.useLogger(app.log);
  // The API takes JSON (and Open311 its forms): a text/plain body is an unsupported media type (415),
  // not a string for the body schema to refuse.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const clock = deps.clock ?? systemClock;
  app.decorate('deps', { ...deps, clock } as Required<Omit<AppDeps, 'logStream' | 'services'>>);
  app.decorate(
    'services',
    deps.services ?? buildServices({ db: deps.database.db, clock, config: deps.config, queues: deps.queues }),
  );

  await app.register(routeTablePlugin);
  await app.register(metricsPlugin);
  await app.register(problemDetailsPlugin);
  await app.register(requestContextPlugin);
  await app.register(openapiPlugin);
  // Security headers and CORS come first, so answers refused by the key check (401) carry them too;
  // the rate limits run at preHandler, after the key check, whatever the order here.
  await app.register(securityPlugin, { config: deps.config, redis: deps.redis });
  await app.register(authPlugin, {
    db: deps.database.db,
    now: () => app.deps.clock.now(),
    cacheTtlMs: deps.config.AUTH_CACHE_TTL_MS,
    streamTokenSecret: deps.config.STREAM_TOKEN_SECRET,
  });
  app.services.reads.useLogger(app.log);
  await app.register(readFencePlugin, { reads: app.services.reads });
  await app.register(sse);
  // After the security headers, so a 406 carries them; before the routes, which it completes.
  await app.register(operationContractPlugin);

  await app.register(healthRoutes);
  await app.register(opsRoutes);
  await app.register(open311Routes, { prefix: '/open311/v2' });
  // Registration order is the order of the operations in the OpenAPI description.
  const v1Routes = [
    apiKeysRoutes,
    regionsRoutes,
    unitsRoutes,
    membersRoutes,
    privacyRoutes,
    householdsRoutes,
    pairingsRoutes,
    categoriesRoutes,
    ordersRoutes,
    auditRoutes,
    offersRoutes,
    transfersRoutes,
    webhooksRoutes,
    eventsRoutes,
    slaRoutes,
    ledgerRoutes,
    reportsRoutes,
    evaluationsRoutes,
    resourcesRoutes,
  ];
  await app.register(
    async (v1) => {
      for (const routes of v1Routes) await v1.register(routes);
    },
    { prefix: '/v1' },
  );
  return app;
}
