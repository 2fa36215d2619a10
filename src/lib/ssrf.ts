import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Errors } from '../errors.js';

/**
 * Server-side request forgery guard for webhook URLs: a subscriber must not be able to make the
 * service call into its own network (loopback, private ranges, link-local cloud metadata, CGNAT,
 * multicast, unspecified, documentation and reserved ranges), directly or through an IPv6 form
 * that embeds an IPv4 address.
 */
const refusedV4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const refusedV6: [string, number][] = [
  // Unspecified, loopback and the deprecated IPv4-compatible form.
  ['::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  // Teredo hides the client's IPv4 address behind an XOR, so the whole range is refused.
  ['2001::', 32],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
];

const blockedV4 = new BlockList();
for (const [net, prefix] of refusedV4) blockedV4.addSubnet(net, prefix, 'ipv4');
const blockedV6 = new BlockList();
for (const [net, prefix] of refusedV6) blockedV6.addSubnet(net, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad included), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail, ...rest] = text.split('::');
  if (rest.length > 0) return null;
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((g) => Number.parseInt(g, 16)) : [];
  const left = parse(head);
  const right = parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const groups = [...left, ...new Array<number>(tail === undefined ? 0 : missing).fill(0), ...right];
  return groups.some((g) => Number.isNaN(g) || g < 0 || g > 0xffff) ? null : groups;
}

const v4From = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** The IPv4 address an IPv6 address stands for: IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
function embeddedIpv4(g: number[]): string | null {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return v4From(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4From(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4From(g[1]!, g[2]!);
  return null;
}

/** True when a connection to this IP address must be refused; anything that is not an IP is refused too. */
export function isRefusedAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').split('%')[0]!;
  const family = isIP(ip);
  if (family === 4) return blockedV4.check(ip, 'ipv4');
  if (family !== 6) return true;
  const groups = ipv6Groups(ip);
  if (!groups) return true;
  const v4 = embeddedIpv4(groups);
  if (v4 !== null && blockedV4.check(v4, 'ipv4')) return true;
  return blockedV6.check(ip, 'ipv6');
}

export class RefusedAddressError extends Error {
  readonly code = 'ERR_ADDRESS_REFUSED';
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a loopback, private or reserved address`);
  }
}

/**
 * A `lookup` for http.request that refuses private addresses at connect time, so a DNS answer
 * that changes between the check and the connection (rebinding) cannot reach the inside network.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const refused = addresses.find((a) => isRefusedAddress(a.address));
    if (refused) return callback(new RefusedAddressError(hostname, refused.address), '', 0);
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
};

/** Checks a literal IP host before connecting: Node connects to IP literals without a lookup. */
export function assertLiteralHostAllowed(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isRefusedAddress(host)) throw new RefusedAddressError(host, host);
}

/**
 * Refuses (422 webhook_url_refused) a webhook URL whose host is, or resolves to, an address that
 * must not be called, unless `allowPrivate` (WEBHOOK_ALLOW_PRIVATE_URLS). The scheme is the
 * caller's business (the request schema accepts https and http only).
 */
export async function checkWebhookUrl(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isRefusedAddress(host))
      throw Errors.webhookUrlRefused(`${host} is a loopback, private or reserved address`);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookupAsync(host, { all: true, verbatim: true });
  } catch {
    throw Errors.webhookUrlRefused(`${host} does not resolve`);
  }
  const refused = addresses.find((a) => isRefusedAddress(a.address));
  if (refused)
    throw Errors.webhookUrlRefused(
      `${host} resolves to ${refused.address}, a loopback, private or reserved address`,
    );
}
