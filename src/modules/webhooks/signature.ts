import { createHmac } from 'node:crypto';

/**
 * Standard Webhooks' `v1` signature of one attempt: the base64 HMAC-SHA256, under the endpoint's
 * secret (`whsec_` and the base64 of the key), of `<webhook-id>.<timestamp in seconds>.<body>`.
 * It is what the standardwebhooks package's `sign` computes, and what subscribers verify with it
 * (test/unit/signature.test.ts compares the two); node:crypto's HMAC spares the JavaScript SHA-256
 * that package computes it with, once per attempt.
 */
export function webhookSigner(secret: string): (messageId: string, at: Date, body: string) => string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  if (key.length === 0) throw new Error('the signing secret is empty');
  return (messageId, at, body) =>
    `v1,${createHmac('sha256', key)
      .update(`${messageId}.${Math.floor(at.getTime() / 1000)}.${body}`)
      .digest('base64')}`;
}
