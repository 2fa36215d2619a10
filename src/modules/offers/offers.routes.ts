import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const offersRoutes: FastifyPluginAsyncZod = async () => {};
