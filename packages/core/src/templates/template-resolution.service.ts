import type { DataSource, EntityManager } from 'typeorm';
import { requireReadableTrust, type Actor } from '../common/actor';
import { updateReturning } from '../db/update-returning';
import type { Outbox } from '../jobs/outbox';
import { templateResolutionJob, type TemplateResolutionProgress } from './template-resolution.job';

/**
 * Which staff members a run recomputes: whole staff groups, listed staff members, and whoever had
 * one of the listed templates. All empty means the whole trust.
 */
export interface TemplateResolutionScope {
  staffGroupIds?: readonly string[];
  staffMemberIds?: readonly string[];
  templateIds?: readonly string[];
}

export type TemplateResolutionRunStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface TemplateResolutionRun {
  id: string;
  organisationId: string;
  reason: string;
  status: TemplateResolutionRunStatus;
  done: number;
  total: number | null;
  error: string | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface TemplateResolutionStatus {
  upToDate: boolean;
  done: number;
  total: number;
  runs: TemplateResolutionRun[];
}

interface RunRow {
  id: string;
  organisation_id: string;
  reason: string;
  status: TemplateResolutionRunStatus;
  done: number;
  total: number | null;
  error: string | null;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  staff_group_ids: string[];
  staff_member_ids: string[];
  template_ids: string[];
}

const RUN_COLUMNS = `id, organisation_id, reason, status, done, total, error, requested_at, started_at, finished_at,
  staff_group_ids, staff_member_ids, template_ids`;

/** Staff members recomputed per transaction: bounds lock time and lets progress be reported. */
export const RESOLUTION_CHUNK_SIZE = 2000;

function toRun(row: RunRow): TemplateResolutionRun {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    reason: row.reason,
    status: row.status,
    done: row.done,
    total: row.total,
    error: row.error,
    requestedAt: row.requested_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/**
 * Stored results of one trust are written by one transaction at a time (resolution chunks, ESR
 * batches), so a run that read older templates can never commit after one that read newer ones.
 */
export async function lockTrustStaffResults(manager: EntityManager, organisationId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`staff-results:${organisationId}`]);
}

/**
 * Records, in the transaction of the change that needs it, that some of a trust's stored results must
 * be recomputed, and puts the run's job in the outbox (relayed once the change commits; the worker's
 * recovery sweep finds any run whose job was never relayed).
 */
export async function recordTemplateResolutionRun(
  manager: EntityManager,
  outbox: Outbox,
  organisationId: string,
  reason: string,
  scope: TemplateResolutionScope = {},
): Promise<TemplateResolutionRun> {
  const [row]: RunRow[] = await manager.query(
    `INSERT INTO template_resolution_run (organisation_id, reason, staff_group_ids, staff_member_ids, template_ids)
     VALUES ($1, $2, $3::uuid[], $4::uuid[], $5::uuid[])
     RETURNING ${RUN_COLUMNS}`,
    [organisationId, reason, [...(scope.staffGroupIds ?? [])], [...(scope.staffMemberIds ?? [])], [...(scope.templateIds ?? [])]],
  );
  outbox.add(templateResolutionJob({ organisationId, runId: row.id }));
  return toRun(row);
}

/**
 * Rules 1 and 2, stored: for every staff member the run covers, the template in force and the
 * required credentials they hold neither issued nor awaiting issue. Set-based, a chunk of staff per
 * statement, never a query per person. Safe to run again: it recomputes from the current state.
 */
export async function runTemplateResolution(
  dataSource: DataSource,
  runId: string,
  onProgress: (progress: TemplateResolutionProgress) => Promise<void> = async () => undefined,
  chunkSize = RESOLUTION_CHUNK_SIZE,
): Promise<TemplateResolutionRun | null> {
  const [run]: RunRow[] = await dataSource.query(`SELECT ${RUN_COLUMNS} FROM template_resolution_run WHERE id = $1`, [runId]);
  if (!run) return null;
  if (run.status === 'COMPLETED') return toRun(run);

  const wholeTrust = run.staff_group_ids.length + run.staff_member_ids.length + run.template_ids.length === 0;
  const scopeParams = [run.organisation_id, wholeTrust, run.staff_group_ids, run.staff_member_ids, run.template_ids];
  const inScope = `s.organisation_id = $1 AND ($2::boolean OR s.staff_group_id = ANY($3::uuid[]) OR s.id = ANY($4::uuid[])
      OR EXISTS (SELECT 1 FROM staff_template_resolution r WHERE r.staff_member_id = s.id AND r.template_id = ANY($5::uuid[])))`;
  const [{ count }]: { count: string }[] = await dataSource.query(
    `SELECT count(*) AS count FROM staff_member s WHERE ${inScope}`,
    scopeParams,
  );
  let total = Number(count);
  await dataSource.query(
    `UPDATE template_resolution_run SET status = 'RUNNING', started_at = now(), total = $2, done = 0, error = NULL WHERE id = $1`,
    [runId, total],
  );
  await onProgress({ done: 0, total });

  let done = 0;
  let cursor = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const ids = await dataSource.transaction(async (manager) => {
      await lockTrustStaffResults(manager, run.organisation_id);
      const chunk: { id: string }[] = await manager.query(
        `SELECT s.id FROM staff_member s WHERE ${inScope} AND s.id > $6 ORDER BY s.id LIMIT $7`,
        [...scopeParams, cursor, chunkSize],
      );
      const chunkIds = chunk.map((row) => row.id);
      if (chunkIds.length > 0) await resolveStaffMembers(manager, chunkIds);
      return chunkIds;
    });
    if (ids.length === 0) break;
    cursor = ids[ids.length - 1];
    done += ids.length;
    total = Math.max(total, done);
    await dataSource.query('UPDATE template_resolution_run SET done = $2, total = $3 WHERE id = $1', [runId, done, total]);
    await onProgress({ done, total });
    if (ids.length < chunkSize) break;
  }
  const [finished] = await updateReturning<RunRow>(
    dataSource,
    `UPDATE template_resolution_run SET status = 'COMPLETED', finished_at = now(), done = $2, total = $2
      WHERE id = $1 RETURNING ${RUN_COLUMNS}`,
    [runId, done],
  );
  return toRun(finished);
}

/** The set-based heart of a run, for one chunk of staff members. */
async function resolveStaffMembers(manager: EntityManager, staffMemberIds: readonly string[]): Promise<void> {
  await manager.query(
    `INSERT INTO staff_template_resolution (staff_member_id, organisation_id, template_id, matched_by, resolved_at)
     SELECT e.staff_member_id, e.organisation_id, e.template_id, e.matched_by, now()
       FROM staff_effective_template e
      WHERE e.staff_member_id = ANY($1::uuid[])
     ON CONFLICT (staff_member_id) DO UPDATE SET
       template_id = EXCLUDED.template_id, matched_by = EXCLUDED.matched_by, resolved_at = EXCLUDED.resolved_at`,
    [staffMemberIds],
  );
  await manager.query('DELETE FROM staff_missing_credential WHERE staff_member_id = ANY($1::uuid[])', [staffMemberIds]);
  await manager.query(
    `INSERT INTO staff_missing_credential (staff_member_id, credential_id, organisation_id, counts_as_action)
     SELECT s.id, t.credential_id, s.organisation_id,
            (s.employment_status = 'NEW_STARTER' OR s.employment_type = 'TEMPORARY_MOVER')
       FROM staff_member s
       JOIN staff_template_resolution r ON r.staff_member_id = s.id
       JOIN template_required_credential t ON t.template_id = r.template_id
      WHERE s.id = ANY($1::uuid[])
        AND NOT EXISTS (
          -- the redundant ANY keeps the planner on the (staff_member_id, credential_id) index even when
          -- credential_record is small, instead of scanning it once per chunk
          SELECT 1 FROM credential_record cr
           WHERE cr.staff_member_id = ANY($1::uuid[])
             AND cr.staff_member_id = s.id AND cr.credential_id = t.credential_id
             AND cr.status IN ('ISSUED', 'AWAITING_MANUAL_ISSUE'))`,
    [staffMemberIds],
  );
}

/** After the last retry: the run is recorded as failed, with the reason. */
export async function markTemplateResolutionFailed(manager: EntityManager, runId: string, error: string): Promise<void> {
  await manager.query(
    `UPDATE template_resolution_run SET status = 'FAILED', error = $2, finished_at = now()
      WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
    [runId, error.slice(0, 2000)],
  );
}

/** Runs queued or running for longer than `olderThanMs`: their job may have been lost. */
export async function unfinishedTemplateResolutionRuns(
  manager: EntityManager,
  olderThanMs: number,
): Promise<{ id: string; organisationId: string }[]> {
  const rows: { id: string; organisation_id: string }[] = await manager.query(
    `SELECT id, organisation_id FROM template_resolution_run
      WHERE status IN ('QUEUED', 'RUNNING')
        AND requested_at < now() - make_interval(secs => $1::double precision / 1000)
      ORDER BY requested_at LIMIT 1000`,
    [olderThanMs],
  );
  return rows.map((row) => ({ id: row.id, organisationId: row.organisation_id }));
}

/**
 * `templateResolutionStatus`: whether the stored results are up to date, the progress of the runs
 * still going, and the latest runs, for whoever may read the trust's settings.
 */
export async function templateResolutionStatus(manager: EntityManager, actor: Actor | null): Promise<TemplateResolutionStatus> {
  const organisationId = requireReadableTrust(actor);
  const rows: RunRow[] = await manager.query(
    `(SELECT ${RUN_COLUMNS} FROM template_resolution_run
       WHERE organisation_id = $1 AND status IN ('QUEUED', 'RUNNING') ORDER BY requested_at DESC LIMIT 50)
     UNION ALL
     (SELECT ${RUN_COLUMNS} FROM template_resolution_run
       WHERE organisation_id = $1 AND status IN ('COMPLETED', 'FAILED') ORDER BY requested_at DESC LIMIT 5)
     ORDER BY requested_at DESC`,
    [organisationId],
  );
  const runs = rows.map(toRun);
  const open = runs.filter((run) => run.status === 'QUEUED' || run.status === 'RUNNING');
  return {
    upToDate: open.length === 0,
    done: open.reduce((sum, run) => sum + run.done, 0),
    total: open.reduce((sum, run) => sum + (run.total ?? 0), 0),
    runs,
  };
}
