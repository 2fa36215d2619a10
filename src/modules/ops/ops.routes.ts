import { z } from 'zod';
import { requireRole } from '../../auth/scope.js';
import { routesOf } from '../../http/operation.js';
import { queueFigures } from '../../metrics/queue-figures.js';
import { dashboardRoutes } from './dashboard.routes.js';
import {
  failedJobParams,
  failedJobsQuery,
  failedJobsResponse,
  queuesResponse,
  retriedJobSchema,
} from './ops.schemas.js';

/** Ops: Prometheus metrics, queue figures, dead letters, and the queue dashboard. */
export const opsRoutes = routesOf({ tags: ['ops'] }, async (operation, app) => {
  const { failedJobs } = app.services;

  operation(
    {
      method: 'GET',
      url: '/metrics',
      operationId: 'getMetrics',
      summary:
        'Prometheus metrics: HTTP, queues, outbox, offers, SLA breaches, webhooks, process (ops, admin)',
      description:
        'Ops and admin keys (403 otherwise). Also served without a key on METRICS_PORT when that is set.',
      responses: {
        200: {
          description: 'Prometheus text exposition format 0.0.4',
          content: { 'text/plain': { schema: z.string() } },
        },
      },
      problems: [401, 403],
    },
    async ({ caller, reply }) => {
      requireRole(caller.auth, 'ops', 'admin');
      const { registry } = app.metrics;
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );

  operation(
    {
      method: 'GET',
      url: '/v1/ops/queues',
      operationId: 'listQueueFigures',
      summary: 'Jobs per queue and state, and the age of the oldest waiting job (ops, admin)',
      description: 'Ops and admin keys (403 otherwise). Read from Redis at the time of the call.',
      responses: { 200: queuesResponse },
      problems: [401, 403],
    },
    async ({ caller }) => {
      requireRole(caller.auth, 'ops', 'admin');
      return { items: await queueFigures(app.deps.queues) };
    },
  );

  operation(
    {
      method: 'GET',
      url: '/v1/ops/failed-jobs',
      operationId: 'listFailedJobs',
      summary: 'Dead letters: failed jobs, most recent first, across every queue or one (ops, admin)',
      description:
        'Ops and admin keys (403 otherwise). Jobs that used up their attempts, with the error and the number of attempts; at most `limit`, no cursor.',
      querystring: failedJobsQuery,
      responses: { 200: failedJobsResponse },
      problems: [400, 401, 403],
    },
    ({ caller, query }) => failedJobs.list(caller, query),
  );

  operation(
    {
      method: 'POST',
      url: '/v1/ops/failed-jobs/:id/retry',
      operationId: 'retryFailedJob',
      summary: 'Move a failed job back to waiting with fresh attempts (admin)',
      description:
        'Admin keys only (403 otherwise). The id is `<queue>:<job id>` as listed by GET /v1/ops/failed-jobs; a job that is not (or no longer) failed is 409 job_not_failed. The retry is recorded in the audit trail.',
      params: failedJobParams,
      responses: { 200: retriedJobSchema },
      problems: [401, 403, 404, 409],
    },
    ({ caller, params }) => failedJobs.retry(caller, params.id),
  );

  await app.register(dashboardRoutes);
});
