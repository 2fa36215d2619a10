import { Errors } from '../errors.js';

export const etagOf = (version: number): string => `"v${version}"`;

/**
 * Optimistic concurrency for updates: If-Match must name the current version.
 * 428 when missing, 412 when stale.
 */
export function expectedVersion(ifMatch: string | undefined): number {
  if (!ifMatch) throw Errors.preconditionRequired('Send If-Match with the ETag from your last read');
  const m = /^(?:W\/)?"v(\d+)"$/.exec(ifMatch.trim());
  if (!m) throw Errors.versionMismatch('If-Match does not name a version of this resource');
  return Number(m[1]);
}
