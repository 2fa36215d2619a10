import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createMetrics, type Metrics } from '../metrics/registry.js';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

/**
 * The app's Prometheus registry, and the HTTP figures of every route. The route label is the route
 * pattern, never the URL, so ids in paths cannot multiply the series.
 */
export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const metrics = createMetrics({ database: app.deps.database, queues: app.deps.queues });
  app.decorate('metrics', metrics);
  app.addHook('onResponse', (request, reply, done) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
    };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
});
