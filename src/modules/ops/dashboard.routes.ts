import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Errors } from '../../errors.js';
import { sendProblem } from '../../plugins/problem-details.js';
import type { DashboardSession } from './dashboard-sessions.service.js';
import { loginPage } from './login-page.js';

/** Ops (and admins) watch the queues here; nothing on this board can change a job. */
const VIEW_BOARD = '/admin/queues/view';
/** Admins retry, promote and clean jobs here. */
const MANAGE_BOARD = '/admin/queues/manage';

declare module 'fastify' {
  interface FastifyRequest {
    dashboardSession: DashboardSession | null;
  }
}

const loginBody = z.object({ apiKey: z.string().trim().min(1).max(200) });

function mountBoard(scope: FastifyInstance, basePath: string, readOnlyMode: boolean, title: string) {
  const serverAdapter = new FastifyAdapter().setBasePath(basePath);
  createBullBoard({
    queues: scope.deps.queues.all().map((q) => new BullMQAdapter(q, { readOnlyMode })),
    serverAdapter,
    options: { uiConfig: { boardTitle: title } },
  });
  return scope.register(serverAdapter.registerPlugin(), { prefix: basePath });
}

/** Pages load in a browser (send it to the login form); the board's own API calls get a problem document. */
function refuse(request: FastifyRequest, reply: FastifyReply) {
  const isPage = request.method === 'GET' && !request.routeOptions.url?.includes('/api/');
  if (isPage) return reply.redirect('/admin/login', 302);
  return sendProblem(request, reply, Errors.unauthorized('Sign in at /admin/login'));
}

/**
 * The BullMQ dashboard (bull-board) behind a login form and a session cookie. Two boards over the
 * same queues: bull-board's read-only mode is per board, and ops may only read. The boards set their
 * own error handler, so the guard answers directly instead of throwing.
 */
export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  await app.register(cookie, { secret: app.deps.config.ADMIN_SESSION_SECRET });
  await app.register(formbody);
  const sessions = app.services.dashboardSessions;

  app.get('/admin/login', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html').send(loginPage()),
  );

  app.post('/admin/login', { schema: { hide: true } }, async (request, reply) => {
    const parsed = loginBody.safeParse(request.body);
    if (!parsed.success) return reply.status(400).type('text/html').send(loginPage('missingKey'));
    const signedIn = await sessions.signIn(parsed.data.apiKey);
    if ('refused' in signedIn)
      return reply
        .status(signedIn.refused === 'unknownKey' ? 401 : 403)
        .type('text/html')
        .send(loginPage(signedIn.refused));
    sessions.start(request, reply, signedIn.keyId);
    return reply.redirect('/admin/queues', 303);
  });

  await app.register(async (boards) => {
    boards.decorateRequest('dashboardSession', null);
    boards.addHook('onRequest', async (request, reply) => {
      const session = await sessions.verify(request);
      if (!session) return refuse(request, reply);
      // The matched route, not the raw URL: a percent-encoded path reaches the same route.
      if (request.routeOptions.url?.startsWith(MANAGE_BOARD) && session.role !== 'admin') {
        return sendProblem(
          request,
          reply,
          Errors.forbidden(`ops keys have the read-only board at ${VIEW_BOARD}`),
        );
      }
      request.dashboardSession = session;
    });
    for (const url of ['/admin/queues', '/admin/queues/']) {
      boards.get(url, { schema: { hide: true } }, async (request, reply) =>
        reply.redirect(`${request.dashboardSession?.role === 'admin' ? MANAGE_BOARD : VIEW_BOARD}/`, 302),
      );
    }
    await mountBoard(boards, VIEW_BOARD, true, 'Whistle Dispatch queues (read-only)');
    await mountBoard(boards, MANAGE_BOARD, false, 'Whistle Dispatch queues');
  });
};
