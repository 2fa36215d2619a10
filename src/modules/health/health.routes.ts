import { z } from 'zod';
import { routesOf } from '../../http/operation.js';
import { retryAfter } from '../../http/problem-schema.js';

const checkSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.enum(['ok', 'failed'])),
});

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Load balancers' probes need no key and are never rate-limited: a refused probe takes a healthy replica out. */
const probe = { public: true, rateLimit: false } as const;

/** Liveness (the process answers) and readiness (Postgres and Redis answer; 503 with Retry-After otherwise). */
export const healthRoutes = routesOf({ tags: ['ops'], config: probe }, (operation, app) => {
  operation(
    {
      method: 'GET',
      url: '/healthz',
      operationId: 'getLiveness',
      summary: 'Liveness',
      description:
        'No key needed. Answers as long as the process serves requests; it checks nothing else, so a load balancer does not take a replica out when Postgres or Redis is away.',
      responses: { 200: z.object({ status: z.literal('ok') }) },
      problems: [],
    },
    async () => ({ status: 'ok' as const }),
  );

  operation(
    {
      method: 'GET',
      url: '/readyz',
      operationId: 'getReadiness',
      summary: 'Readiness: Postgres and Redis answer',
      description:
        'No key needed. Pings Postgres and Redis, each within 2 seconds: 200 when both answer, else 503 with Retry-After and the check that failed.',
      responses: {
        200: checkSchema,
        503: {
          description: 'Postgres or Redis does not answer',
          content: { 'application/json': { schema: checkSchema } },
          headers: retryAfter,
        },
      },
      problems: [],
    },
    async ({ reply }) => {
      const [pg, rd] = await Promise.allSettled([
        within(2000, app.services.health.pingDatabase()),
        within(2000, app.deps.redis.ping()),
      ]);
      const checks = {
        postgres: pg.status === 'fulfilled' ? 'ok' : 'failed',
        redis: rd.status === 'fulfilled' ? 'ok' : 'failed',
      } as const;
      const ok = checks.postgres === 'ok' && checks.redis === 'ok';
      if (!ok) reply.header('retry-after', '5');
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks });
    },
  );
});
