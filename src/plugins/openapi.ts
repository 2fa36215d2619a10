import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import YAML from 'yaml';

export const openapiInfo = {
  title: 'Whistle Dispatch API',
  version: '1.0.0',
  description:
    'Dispatch for "community whistles, members respond" (社区吹哨、党员报到): orders, claims, matching, SLAs and escalation, the love bank, and a verifiable audit trail. Errors are RFC 9457 problem documents with a stable `code`.',
};

/** OpenAPI 3.1 generated from the route schemas, served at /openapi.json with a reference at /docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: openapiInfo,
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key: wd_<prefix>_<secret>' },
        },
      },
      security: [{ bearerAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
});

/** The document as committed in openapi.yaml; the test suite fails when the two differ. */
export function openapiYaml(app: FastifyInstance): string {
  return YAML.stringify(app.swagger(), { aliasDuplicateObjects: false, lineWidth: 0 });
}
