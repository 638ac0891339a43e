import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { requireActor, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { requireTrustAdministrator } from './audit-access';
import { AuditEvent } from './audit-event.entity';
import { type AuditEventKind, entityTypesOf, isAuditEventKind } from './audit-kinds';

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

export interface AuditEventsFilter {
  /** Only events of these kinds; none or empty means every kind. */
  kinds?: readonly AuditEventKind[] | null;
  /** Only events on or after this day (ISO date, Europe/London). */
  from?: string | null;
  /** Only events on or before this day (ISO date, Europe/London). */
  to?: string | null;
}

const isoDate = z.iso.date();

function validDay(field: string, value: string | null | undefined, which: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isoDate.safeParse(value).success) {
    throw new BadUserInputError(field, `The ${which} date must be a real date, like 2026-11-25`);
  }
  return value;
}

/**
 * The audit trail, newest first, by kind and day if asked: a trust's portal administrators see their
 * trust's events (user management included); National Administrators see the trust lifecycle
 * (`trust.*`) of every trust and the national events of their own accounts, never what a trust did
 * with its settings.
 */
export async function listAuditEvents(
  manager: EntityManager,
  actor: Actor | null,
  filter: AuditEventsFilter | null | undefined,
  page: PageInput | null | undefined,
): Promise<Page<AuditEvent>> {
  const known = requireActor(actor);
  const request = pageRequest(page);
  const unknownKind = filter?.kinds?.find((kind) => !isAuditEventKind(kind));
  if (unknownKind) throw new BadUserInputError('filter.kinds', `There is no kind of change called ${unknownKind}`);
  const from = validDay('filter.from', filter?.from, 'start');
  const to = validDay('filter.to', filter?.to, 'end');
  if (from && to && to < from) throw new BadUserInputError('filter.to', 'The end date must be the same as or after the start date');

  const query = manager
    .createQueryBuilder(AuditEvent, 'event')
    .orderBy('event.occurredAt', 'DESC')
    .addOrderBy('event.id', 'DESC')
    .offset(request.offset)
    .limit(request.limit);
  if (known.kind === 'PORTAL_USER' && known.role === 'NATIONAL_ADMINISTRATOR') {
    query.where(`(event.action LIKE 'trust.%' OR event.organisationId IS NULL)`);
  } else {
    query.where('event.organisationId = :organisationId', { organisationId: requireTrustAdministrator(known) });
  }
  if (filter?.kinds?.length) query.andWhere('event.entityType IN (:...types)', { types: entityTypesOf(filter.kinds) });
  // days are England's days: midnight to midnight in London, whatever the clocks do
  if (from) query.andWhere(`event.occurredAt >= CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/London'`, { from });
  if (to) query.andWhere(`event.occurredAt < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/London'`, { to });
  const [nodes, totalCount] = await query.getManyAndCount();
  return toPage(nodes, totalCount, request);
}
