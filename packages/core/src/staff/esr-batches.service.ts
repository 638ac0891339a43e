import type { DataSource, EntityManager } from 'typeorm';
import { canReadTrustSettings, requireActor, requireEsrFeed, type Actor } from '../common/actor';
import { isUuid } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { updateReturning } from '../db/update-returning';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { lockTrustStaffResults } from '../templates/template-resolution.service';
import { esrCredentialUpdatesJob } from './esr-credential-updates.job';
import {
  applyEsrCredentialUpdates,
  storeEsrCredentialUpdates,
  type EsrCredentialUpdateInput,
  type EsrUpdateRejection,
} from './esr-updates.service';

export type EsrUpdateBatchStatus = 'QUEUED' | 'APPLIED' | 'FAILED';

/** A batch of ESR credential updates: what arrived, and once applied, what became of it. */
export interface EsrUpdateBatch {
  id: string;
  organisationId: string;
  status: EsrUpdateBatchStatus;
  received: number;
  /** Lines left out, each with the reason (unknown staff member or credential, bad version). */
  rejected: number;
  rejections: EsrUpdateRejection[];
  /** Updates stored for the first time by this batch. */
  stored: number;
  /** Updates already stored by an earlier batch (or sent twice in this one): they change nothing. */
  replayed: number;
  issued: number | null;
  awaitingManualIssue: number | null;
  unchanged: number | null;
  error: string | null;
  receivedAt: Date;
  appliedAt: Date | null;
}

interface BatchRow {
  id: string;
  organisation_id: string;
  status: EsrUpdateBatchStatus;
  received: number;
  rejections: EsrUpdateRejection[];
  stored: number;
  issued: number | null;
  awaiting_manual_issue: number | null;
  unchanged: number | null;
  error: string | null;
  received_at: Date;
  applied_at: Date | null;
}

const BATCH_COLUMNS = `id, organisation_id, status, received, rejections, stored, issued, awaiting_manual_issue, unchanged,
  error, received_at, applied_at`;

function toBatch(row: BatchRow): EsrUpdateBatch {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    status: row.status,
    received: row.received,
    rejected: row.rejections.length,
    rejections: row.rejections,
    stored: row.stored,
    replayed: row.received - row.rejections.length - row.stored,
    issued: row.issued,
    awaitingManualIssue: row.awaiting_manual_issue,
    unchanged: row.unchanged,
    error: row.error,
    receivedAt: row.received_at,
    appliedAt: row.applied_at,
  };
}

/**
 * `recordEsrCredentialUpdates`: stores the batch and its new updates in one transaction, with the job
 * that applies rule 3 (docs/domain.md) in its outbox; lines naming an unknown person or credential are
 * answered as rejected, with the reason, and the rest go ahead. A batch with nothing new is applied at
 * once (nothing to do). If the queues cannot take the job, the batch is still stored as QUEUED and the
 * worker's recovery sweep enqueues it, so the caller does not need to (and should not) send it again.
 */
export async function queueEsrCredentialUpdates(
  context: CommandContext,
  actor: Actor | null,
  updates: readonly EsrCredentialUpdateInput[],
): Promise<EsrUpdateBatch> {
  const organisationId = requireEsrFeed(actor);
  return runCommand(context, async (manager, outbox) => {
    const { storedIds, rejections } = await storeEsrCredentialUpdates(manager, organisationId, updates);
    const nothingNew = storedIds.length === 0;
    const [row]: BatchRow[] = await manager.query(
      `INSERT INTO esr_update_batch (organisation_id, status, received, rejections, stored, update_ids,
                                     issued, awaiting_manual_issue, unchanged, applied_at, sent_by_id, sent_by_name)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6::uuid[], $7, $8, $9, $10, $11, $12)
       RETURNING ${BATCH_COLUMNS}`,
      [
        organisationId,
        nothingNew ? 'APPLIED' : 'QUEUED',
        updates.length,
        JSON.stringify(rejections),
        storedIds.length,
        storedIds,
        nothingNew ? 0 : null,
        nothingNew ? 0 : null,
        nothingNew ? updates.length - rejections.length : null,
        nothingNew ? new Date() : null,
        actor!.id,
        actor!.name,
      ],
    );
    const stored = toBatch(row);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'esr-credential-updates.received',
      entityType: 'EsrUpdateBatch',
      entityId: stored.id,
      before: null,
      after: { received: updates.length, rejected: rejections.length, stored: storedIds.length, status: stored.status, rejections },
    });
    if (stored.status === 'QUEUED') outbox.add(esrCredentialUpdatesJob({ organisationId, batchId: stored.id }));
    return stored;
  });
}

/**
 * The worker's half of rule 3 (docs/domain.md): applies a stored batch once. The batch row is locked while it is
 * applied, so duplicate jobs wait and then find it APPLIED; the updates themselves are applied at
 * most once (applied_at), and records only move to newer versions. Required credentials that the
 * new records now cover stop being missing, in the same transaction.
 */
export async function applyEsrUpdateBatch(dataSource: DataSource, batchId: string): Promise<EsrUpdateBatch | null> {
  return dataSource.transaction(async (manager) => {
    const [row]: (BatchRow & { update_ids: string[]; sent_by_id: string; sent_by_name: string })[] = await manager.query(
      `SELECT ${BATCH_COLUMNS}, update_ids, sent_by_id, sent_by_name FROM esr_update_batch WHERE id = $1 FOR UPDATE`,
      [batchId],
    );
    if (!row) return null;
    if (row.status !== 'QUEUED') return toBatch(row);
    await lockTrustStaffResults(manager, row.organisation_id);
    const applied = await applyEsrCredentialUpdates(manager, row.update_ids);
    await forgetCoveredMissingCredentials(manager, row.update_ids);
    const issued = applied.filter((update) => update.status === 'ISSUED').length;
    const awaitingManualIssue = applied.length - issued;
    const [updated] = await updateReturning<BatchRow>(
      manager,
      `UPDATE esr_update_batch
          SET status = 'APPLIED', issued = $2, awaiting_manual_issue = $3, unchanged = $4, applied_at = now()
        WHERE id = $1
        RETURNING ${BATCH_COLUMNS}`,
      [batchId, issued, awaitingManualIssue, row.received - row.rejections.length - applied.length],
    );
    const batch = toBatch(updated);
    // what the batch changed, under the name of the feed that sent it
    await recordAuditEvent(manager, { kind: 'API_CLIENT', id: row.sent_by_id, name: row.sent_by_name, organisationId: row.organisation_id, scopes: ['esr:write'] }, {
      organisationId: row.organisation_id,
      action: 'esr-credential-updates.applied',
      entityType: 'EsrUpdateBatch',
      entityId: batchId,
      before: null,
      after: { issued, awaitingManualIssue, unchanged: batch.unchanged, applied },
    });
    return batch;
  });
}

/** After the last retry: the batch is recorded as failed, with the reason. */
export async function markEsrUpdateBatchFailed(manager: EntityManager, batchId: string, error: string): Promise<void> {
  await manager.query(`UPDATE esr_update_batch SET status = 'FAILED', error = $2 WHERE id = $1 AND status = 'QUEUED'`, [
    batchId,
    error.slice(0, 2000),
  ]);
}

async function forgetCoveredMissingCredentials(manager: EntityManager, updateIds: readonly string[]): Promise<void> {
  await manager.query(
    `DELETE FROM staff_missing_credential m
      USING esr_credential_update u, credential_record r
      WHERE u.id = ANY($1::uuid[])
        AND m.staff_member_id = u.staff_member_id AND m.credential_id = u.credential_id
        AND r.staff_member_id = u.staff_member_id AND r.credential_id = u.credential_id
        AND r.status IN ('ISSUED', 'AWAITING_MANUAL_ISSUE')`,
    [updateIds],
  );
}

/**
 * A batch of the caller's trust, for the ESR feed that sent it and for whoever may read the trust's
 * settings. Another trust's batch is answered as one that does not exist.
 */
export async function getEsrUpdateBatch(
  manager: EntityManager,
  actor: Actor | null,
  id: string,
): Promise<EsrUpdateBatch | null> {
  const organisationId = requireEsrFeedOrReader(actor);
  if (!isUuid(id)) return null;
  const [row]: BatchRow[] = await manager.query(
    `SELECT ${BATCH_COLUMNS} FROM esr_update_batch WHERE id = $1 AND organisation_id = $2`,
    [id, organisationId],
  );
  return row ? toBatch(row) : null;
}

/** Batches still QUEUED after `olderThanMs`: their job was lost or never enqueued. */
export async function queuedEsrUpdateBatches(
  manager: EntityManager,
  olderThanMs: number,
): Promise<{ id: string; organisationId: string }[]> {
  const rows: { id: string; organisation_id: string }[] = await manager.query(
    `SELECT id, organisation_id FROM esr_update_batch
      WHERE status = 'QUEUED' AND received_at < now() - make_interval(secs => $1::double precision / 1000)
      ORDER BY received_at LIMIT 1000`,
    [olderThanMs],
  );
  return rows.map((row) => ({ id: row.id, organisationId: row.organisation_id }));
}

function requireEsrFeedOrReader(actor: Actor | null): string {
  const known = requireActor(actor);
  if (known.organisationId && canReadTrustSettings(known)) return known.organisationId;
  return requireEsrFeed(known);
}
