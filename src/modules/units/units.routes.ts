import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const unitsRoutes: FastifyPluginAsyncZod = async () => {};
