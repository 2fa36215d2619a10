import { once } from 'node:events';
import net from 'node:net';

/**
 * A round-robin TCP balancer on 127.0.0.1, as a layer-4 load balancer in front of the API
 * replicas: each new connection goes to the next backend; a backend that refuses the connection
 * (stopped, restarting) is skipped for the next one. A connection already forwarded is not moved:
 * when its backend dies, the client sees its connection close, as behind a real balancer.
 */
export interface Balancer {
  readonly port: number;
  readonly url: string;
  /** Connections each backend took. */
  readonly forwarded: Map<number, number>;
  close(): Promise<void>;
}

export async function startBalancer(backends: number[]): Promise<Balancer> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const forwarded = new Map<number, number>(backends.map((p) => [p, 0]));

  function connect(client: net.Socket, tried: number): void {
    if (tried >= backends.length || client.destroyed) {
      client.destroy();
      return;
    }
    const port = backends[next++ % backends.length]!;
    const upstream = net.connect(port, '127.0.0.1');
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    const onRefused = () => {
      upstream.destroy();
      connect(client, tried + 1);
    };
    upstream.once('error', onRefused);
    upstream.once('connect', () => {
      upstream.off('error', onRefused);
      upstream.on('error', () => client.destroy());
      forwarded.set(port, (forwarded.get(port) ?? 0) + 1);
      client.pipe(upstream);
      upstream.pipe(client);
      client.once('close', () => upstream.destroy());
      upstream.once('close', () => client.destroy());
      client.resume();
    });
  }

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => {});
    connect(client, 0);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    forwarded,
    async close() {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
