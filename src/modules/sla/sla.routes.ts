import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const slaRoutes: FastifyPluginAsyncZod = async () => {};
