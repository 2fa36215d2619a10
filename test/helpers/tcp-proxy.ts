import { once } from 'node:events';
import net from 'node:net';

/**
 * How a cut looks to the process behind the proxy:
 * - `refuse`: the server went away — live connections close and new ones are refused (ECONNREFUSED);
 * - `blackhole`: the network went away — live connections close and new ones are accepted but never
 *   answered, so the client only learns from its own timeouts.
 */
export type CutMode = 'refuse' | 'blackhole';

export interface TcpProxy {
  readonly port: number;
  /** Connections currently forwarded to the target. */
  readonly liveConnections: number;
  /** `url` with its host and port replaced by the proxy's (credentials, path and query kept). */
  urlFor(url: string): string;
  cut(mode?: CutMode): Promise<void>;
  /** Resets every live connection (TCP RST, as a crashed server or a failed-over address does) and keeps accepting new ones. */
  reset(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy on 127.0.0.1 in front of `target`, which a test can cut and restore. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  const held = new Set<net.Socket>();
  let state: 'open' | CutMode = 'open';

  const onConnection = (client: net.Socket) => {
    client.on('error', () => {});
    if (state === 'blackhole') {
      held.add(client);
      client.pause();
      client.on('close', () => held.delete(client));
      return;
    }
    if (state === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    upstream.on('error', () => {});
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop);
    upstream.on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  let server = net.createServer(onConnection);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;

  const closeServer = async () => {
    if (!server.listening) return;
    const closed = once(server, 'close');
    server.close();
    await closed;
  };

  const dropAll = () => {
    for (const { client, upstream } of pairs) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
    for (const s of held) s.destroy();
    held.clear();
  };

  return {
    port,
    get liveConnections() {
      return pairs.size;
    },
    urlFor(url: string) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    async cut(mode: CutMode = 'refuse') {
      state = mode;
      dropAll();
      // A closed listener is what a stopped server looks like: the kernel refuses the connection.
      if (mode === 'refuse') await closeServer();
    },
    reset() {
      for (const { client, upstream } of pairs) {
        client.resetAndDestroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    async restore() {
      dropAll();
      state = 'open';
      if (!server.listening) {
        server = net.createServer(onConnection);
        server.listen(port, '127.0.0.1');
        await once(server, 'listening');
      }
    },
    async close() {
      state = 'refuse';
      dropAll();
      await closeServer();
    },
  };
}
