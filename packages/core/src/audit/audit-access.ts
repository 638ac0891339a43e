import { type Actor, requireActor } from '../common/actor';
import { ForbiddenError } from '../common/domain-error';

/** The audit trail is for the trust's own portal administrators, not for API clients. */
export function requireTrustAdministrator(actor: Actor | null): string {
  const known = requireActor(actor);
  if (known.kind !== 'PORTAL_USER' || known.organisationId === null) {
    throw new ForbiddenError('Only the trust’s portal administrators can read its audit trail.');
  }
  return known.organisationId;
}
