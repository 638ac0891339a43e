import type { EntityManager } from 'typeorm';
import { requireActor, type Actor } from '../common/actor';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { requireTrustAdministrator } from './audit-access';
import { AuditEvent } from './audit-event.entity';

/** Who acted: a caller of the API, or an operator running a command (`npm run trust`, `npm run admin`). */
export type AuditActor = Actor | { kind: 'OPERATOR'; name: string };

/** The operator at the command line, as audit events name them. */
export const OPERATOR: AuditActor = { kind: 'OPERATOR', name: 'Operator (command line)' };

export interface AuditedChange {
  /** Null for national events (a National Administrator's own account). */
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Writes the audit event of a change. Call it with the manager of the transaction that makes the
 * change, so the change and its record are saved together or not at all.
 */
export async function recordAuditEvent(
  manager: EntityManager,
  actor: AuditActor,
  change: AuditedChange,
): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (organisation_id, actor_kind, actor_id, actor_name, action, entity_type,
                              entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      change.organisationId,
      actor.kind,
      actor.kind === 'OPERATOR' ? null : actor.id,
      actor.name,
      change.action,
      change.entityType,
      change.entityId,
      change.before === null ? null : JSON.stringify(change.before),
      change.after === null ? null : JSON.stringify(change.after),
    ],
  );
}

/**
 * The audit trail, newest first: a trust's portal administrators see their trust's events (user
 * management included); National Administrators see the trust lifecycle (`trust.*`) of every trust and
 * the national events of their own accounts, never what a trust did with its settings.
 */
export async function listAuditEvents(
  manager: EntityManager,
  actor: Actor | null,
  page: PageInput | null | undefined,
): Promise<Page<AuditEvent>> {
  const known = requireActor(actor);
  const request = pageRequest(page);
  if (known.kind === 'PORTAL_USER' && known.role === 'NATIONAL_ADMINISTRATOR') {
    const [nodes, totalCount] = await manager
      .createQueryBuilder(AuditEvent, 'e')
      .where(`e.action LIKE 'trust.%' OR e.organisation_id IS NULL`)
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(request.offset)
      .take(request.limit)
      .getManyAndCount();
    return toPage(nodes, totalCount, request);
  }
  const organisationId = requireTrustAdministrator(known);
  const [nodes, totalCount] = await manager.findAndCount(AuditEvent, {
    where: { organisationId },
    order: { occurredAt: 'DESC', id: 'DESC' },
    skip: request.offset,
    take: request.limit,
  });
  return toPage(nodes, totalCount, request);
}
