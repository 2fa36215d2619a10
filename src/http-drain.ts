import net from 'node:net';
import type { FastifyInstance } from 'fastify';

const openConnections = (server: net.Server) =>
  new Promise<number>((resolve) => server.getConnections((err, n) => resolve(err ? 0 : n)));

/**
 * Graceful HTTP shutdown without resets. Fastify's close (http.Server#close) destroys idle
 * keep-alive sockets at once; a client that has just written its next request on one gets
 * ECONNRESET for a request the server never read. Instead the drain:
 * 1. stops the listener only, so new connections are refused and open ones stay;
 * 2. answers every request still arriving on an open connection normally, with `Connection: close`,
 *    so the client closes that connection itself after its response;
 * 3. leaves idle connections to their keep-alive timeout, which clients were told in the
 *    Keep-Alive header, and waits for all of them to end before Fastify's own close runs.
 *
 * Install before `listen`; call the returned function on SIGTERM, then `app.close()`.
 */
export function installHttpDrain(app: FastifyInstance): () => Promise<void> {
  let draining = false;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('connection', 'close');
    return payload;
  });
  return async () => {
    draining = true;
    const server = app.server;
    if (server.listening) net.Server.prototype.close.call(server);
    const deadline = Date.now() + server.keepAliveTimeout + 1_000;
    while (Date.now() < deadline && (await openConnections(server)) > 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
  };
}
