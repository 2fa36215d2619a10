import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const opsRoutes: FastifyPluginAsyncZod = async () => {};
