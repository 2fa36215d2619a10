import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { type AppError, Errors } from '../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The methods the routes registered for this path answer, sorted; none for an unknown path. */
    methodsOf(url: string): string[];
  }
}

/**
 * The methods each path answers, collected from the routes as they register, in a router of the same
 * kind as fastify's (find-my-way, same path syntax and defaults): fastify's own router only tells a
 * request that no route matched, not whether the path is known under another method.
 */
export const routeTablePlugin = fp(async (app: FastifyInstance) => {
  // Any length of parameter: the path is known whatever fastify's router makes of it (414 on its methods).
  const table = FindMyWay({ maxParamLength: 1_000_000 });
  const methods = new Set<HTTPMethod>();
  app.addHook('onRoute', (route) => {
    // CORS answers preflights on every path ('*'): that makes no path known.
    if (route.url === '*' || route.url === '/*') return;
    for (const method of [route.method].flat() as HTTPMethod[]) {
      table.on(method, route.url, () => {});
      methods.add(method);
    }
  });
  app.decorate('methodsOf', (url: string) =>
    [...methods].filter((method) => table.find(method, url) !== null).sort(),
  );
});

/**
 * Why no route answered: a path that other methods answer is a 405 with `Allow` listing them, any other
 * a 404. OPTIONS is CORS's (a preflight when origins are configured): it keeps its 404.
 */
export function routeMiss(request: FastifyRequest, notFound: (path: string) => AppError): AppError {
  const path = request.url.split('?')[0] ?? request.url;
  const allow = request.method === 'OPTIONS' ? [] : request.server.methodsOf(request.url);
  if (allow.length === 0) return notFound(path);
  const err = Errors.methodNotAllowed(`${path} answers ${allow.join(', ')}, not ${request.method}`);
  err.headers.allow = allow.join(', ');
  return err;
}
