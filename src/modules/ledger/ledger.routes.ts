import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const ledgerRoutes: FastifyPluginAsyncZod = async () => {};
