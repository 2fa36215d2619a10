import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

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

/** Liveness (the process answers) and readiness (Postgres and Redis answer; 503 with Retry-After otherwise). */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        tags: ['ops'],
        summary: 'Liveness',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        tags: ['ops'],
        summary: 'Readiness: Postgres and Redis answer',
        response: { 200: checkSchema, 503: checkSchema },
      },
    },
    async (_request, reply) => {
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
};
