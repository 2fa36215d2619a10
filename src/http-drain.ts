import net from 'node:net';
import type { FastifyInstance } from 'fastify';

const openConnections = (server: net.Server) =>
  new Promise<number>((resolve) => server.getConnections((err, n) => resolve(err ? 0 : n)));

/**
 * Graceful HTTP shutdown without resets. Fastify's close (http.Server#close) destroys idle
 * keep-alive sockets at once; under load a socket is "idle" while the client's next request still
 * sits unread in the kernel buffer, so that request gets ECONNRESET. Instead the drain:
 * 1. stops the listener only, so new connections are refused and open ones stay;
 * 2. answers every request still arriving on an open connection normally, with `Connection: close`,
 *    so the client closes that connection itself after its response;
 * 3. ends the responses that never end by themselves (event streams), through `endLongLived`, once
 *    no new connection can reach this process, so their clients reconnect elsewhere;
 * 4. waits (at most `maxWaitMs`) for the connections to end; what is left is truly idle
 *    (Fastify keeps idle sockets 72 s by default) and Fastify's close then ends it.
 *
 * Install before `listen`; call the returned function on SIGTERM, then `app.close()`.
 */
export function installHttpDrain(
  app: FastifyInstance,
  opts: { maxWaitMs?: number; endLongLived?: () => Promise<void> } = {},
): () => Promise<void> {
  const maxWaitMs = opts.maxWaitMs ?? 3_000;
  let draining = false;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('connection', 'close');
    return payload;
  });
  return async () => {
    draining = true;
    const server = app.server;
    if (server.listening) net.Server.prototype.close.call(server);
    await opts.endLongLived?.();
    const deadline = Date.now() + maxWaitMs;
    while (Date.now() < deadline && (await openConnections(server)) > 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
  };
}
