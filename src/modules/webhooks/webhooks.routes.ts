import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const webhooksRoutes: FastifyPluginAsyncZod = async () => {};
