import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { requireTrustAdministrator } from './audit-access';
import { AuditEvent } from './audit-event.entity';

export interface AuditedChange {
  organisationId: string;
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
  actor: Actor,
  change: AuditedChange,
): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (organisation_id, actor_kind, actor_id, actor_name, action, entity_type,
                              entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      change.organisationId,
      actor.kind,
      actor.id,
      actor.name,
      change.action,
      change.entityType,
      change.entityId,
      change.before === null ? null : JSON.stringify(change.before),
      change.after === null ? null : JSON.stringify(change.after),
    ],
  );
}

/** The trust's audit trail, newest first, for its portal administrators. */
export async function listAuditEvents(
  manager: EntityManager,
  actor: Actor | null,
  page: PageInput | null | undefined,
): Promise<Page<AuditEvent>> {
  const organisationId = requireTrustAdministrator(actor);
  const request = pageRequest(page);
  const [nodes, totalCount] = await manager.findAndCount(AuditEvent, {
    where: { organisationId },
    order: { occurredAt: 'DESC', id: 'DESC' },
    skip: request.offset,
    take: request.limit,
  });
  return toPage(nodes, totalCount, request);
}
