import type { Actor } from '../audit/audit.repo.js';
import type { Role } from '../db/schema/index.js';
import { Errors } from '../errors.js';

/** Who is calling, resolved from the API key on every request. */
export interface AuthContext {
  keyId: string;
  role: Role;
  /** Region subtree the key may see (street officers, community staff, optionally ops). */
  regionId: string | null;
  regionPath: string | null;
  unitId: string | null;
  memberId: string | null;
}

/** Admins see everything; ops see figures everywhere (personal data is masked for them elsewhere). */
export const seesEverything = (auth: AuthContext) =>
  auth.role === 'admin' || (auth.role === 'ops' && auth.regionPath === null);

/** Is a region (by its path) inside the caller's region subtree? */
export function regionInScope(auth: AuthContext, regionPath: string): boolean {
  if (seesEverything(auth)) return true;
  return auth.regionPath !== null && regionPath.startsWith(auth.regionPath);
}

/** Function-level authorisation: a role that may never call an operation gets 403. */
export function requireRole(auth: AuthContext, ...roles: Role[]): void {
  if (!roles.includes(auth.role)) throw Errors.forbidden(`the ${auth.role} role may not do this`);
}

/** The key behind a call, and how the changes it makes are written in the audit trail. */
export interface Caller {
  auth: AuthContext;
  actor: Actor;
}
