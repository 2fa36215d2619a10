import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const open311Routes: FastifyPluginAsyncZod = async () => {};
