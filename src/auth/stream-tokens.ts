import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived tokens for opening the event stream from a browser, whose EventSource cannot send an
 * Authorization header: `wdst_<key id>.<expiry ms>.<HMAC-SHA256>`, signed with STREAM_TOKEN_SECRET
 * (the same on every replica). A token stands for its API key: the key is looked up on every use,
 * so revoking the key ends its tokens; it opens GET /v1/events/stream and nothing else.
 */
const TOKEN = /^wdst_([0-9a-f-]{36})\.(\d{13})\.([A-Za-z0-9_-]{43})$/;

const signature = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('base64url');

export function mintStreamToken(secret: string, keyId: string, expiresAt: Date): string {
  const body = `${keyId}.${expiresAt.getTime()}`;
  return `wdst_${body}.${signature(secret, body)}`;
}

/** The key id a token stands for, or null when it is malformed, forged or expired. */
export function verifyStreamToken(secret: string, token: string, now: Date): string | null {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const expected = Buffer.from(signature(secret, `${m[1]}.${m[2]}`));
  const given = Buffer.from(m[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(m[2]) > now.getTime() ? m[1]! : null;
}
