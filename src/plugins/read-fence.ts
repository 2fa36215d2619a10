import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ReadRouting } from '../db/replica.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * With a read replica: after every successful write by a key, and before it is answered, the
 * primary's WAL position is recorded for that key, so its next reads wait for the replica to have
 * replayed it or go to the primary (see `ReadRouting`). A refused write (4xx, 5xx) wrote nothing.
 */
async function readFence(app: FastifyInstance, opts: { reads: ReadRouting }) {
  if (!opts.reads.hasReplica) return;
  app.addHook('onSend', async (request, reply, payload) => {
    const keyId = request.authContext?.keyId;
    if (keyId && !READS.has(request.method) && reply.statusCode < 400) await opts.reads.wrote(keyId);
    return payload;
  });
}

export const readFencePlugin = fp(readFence, { name: 'read-fence' });
