import { type AuthContext, seesEverything } from '../../auth/scope.js';
import { Errors } from '../../errors.js';

/** The trail spans every region: only admins and unscoped ops keys may verify or anchor it. */
export function requireAuditor(auth: AuthContext): void {
  if (!seesEverything(auth))
    throw Errors.forbidden('only admin and unscoped ops keys may read the audit trail as a whole');
}
