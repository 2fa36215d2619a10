import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../auth/scope.js';
import { callerOf } from '../../http/caller.js';
import { withProblems } from '../../http/problem-schema.js';
import { queueFigures } from '../../metrics/queue-figures.js';
import { authOf } from '../../plugins/auth.js';
import { dashboardRoutes } from './dashboard.routes.js';
import {
  failedJobParams,
  failedJobsQuery,
  failedJobsResponse,
  queuesResponse,
  retriedJobSchema,
} from './ops.schemas.js';

/** Ops: Prometheus metrics, queue figures, dead letters, and the queue dashboard. */
export const opsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { failedJobs } = app.services;
  const tags = ['ops'];

  app.get(
    '/metrics',
    {
      schema: {
        tags,
        summary:
          'Prometheus metrics: HTTP, queues, outbox, offers, SLA breaches, webhooks, process (ops, admin)',
        description: 'Also served without a key on METRICS_PORT when that is set.',
        response: withProblems(
          {
            200: {
              description: 'Prometheus text exposition format 0.0.4',
              content: { 'text/plain': { schema: z.string() } },
            },
          },
          [401, 403],
        ),
      },
    },
    async (request, reply) => {
      requireRole(authOf(request), 'ops', 'admin');
      const { registry } = app.metrics;
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );

  app.get(
    '/v1/ops/queues',
    {
      schema: {
        tags,
        summary: 'Jobs per queue and state, and the age of the oldest waiting job (ops, admin)',
        response: withProblems({ 200: queuesResponse }, [401, 403]),
      },
    },
    async (request) => {
      requireRole(authOf(request), 'ops', 'admin');
      return { items: await queueFigures(app.deps.queues) };
    },
  );

  app.get(
    '/v1/ops/failed-jobs',
    {
      schema: {
        tags,
        summary: 'Dead letters: failed jobs, most recent first, across every queue or one (ops, admin)',
        querystring: failedJobsQuery,
        response: withProblems({ 200: failedJobsResponse }, [400, 401, 403]),
      },
    },
    async (request) => failedJobs.list(callerOf(request), request.query),
  );

  app.post(
    '/v1/ops/failed-jobs/:id/retry',
    {
      schema: {
        tags,
        summary: 'Move a failed job back to waiting with fresh attempts (admin)',
        description:
          'The id is `<queue>:<job id>` as listed by GET /v1/ops/failed-jobs. The retry is recorded in the audit trail.',
        params: failedJobParams,
        response: withProblems({ 200: retriedJobSchema }, [401, 403, 404, 409]),
      },
    },
    async (request) => failedJobs.retry(callerOf(request), request.params.id),
  );

  await app.register(dashboardRoutes);
};
