import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API key format: `wd_<prefix>_<secret>`. The prefix names the key (it is stored in clear and shown
 * in lists); only a SHA-256 of the whole key is stored. A key given from outside in another shape
 * (BOOTSTRAP_ADMIN_KEY) gets a prefix derived from its hash.
 */
const KEY_PATTERN = /^wd_([a-z0-9]{12})_[A-Za-z0-9_-]{32,}$/;

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export function keyPrefix(key: string): string {
  const m = KEY_PATTERN.exec(key);
  return m ? m[1]! : `x${hashKey(key).slice(0, 11)}`;
}

export function generateKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(8).toString('hex').slice(0, 12);
  const key = `wd_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: hashKey(key) };
}

/** Constant-time comparison of the presented key's hash with the stored one. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
