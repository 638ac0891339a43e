import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../common/domain-error';
import { MAX_ESR_BATCH } from './staff.service';

export interface EsrCredentialUpdateInput {
  esrAssignmentNumber: string;
  credentialCode: string;
  version: number;
}

/**
 * Stores a batch of ESR credential updates for the caller's trust, once per (person, credential,
 * version): a replayed update is not stored again. Returns the ids of the updates that are new.
 */
export async function storeEsrCredentialUpdates(
  manager: EntityManager,
  organisationId: string,
  updates: readonly EsrCredentialUpdateInput[],
): Promise<string[]> {
  if (updates.length === 0) throw new BadUserInputError('updates', 'Send at least one update');
  if (updates.length > MAX_ESR_BATCH) {
    throw new BadUserInputError('updates', `Send at most ${MAX_ESR_BATCH} updates at a time`);
  }
  updates.forEach((update, index) => {
    if (!Number.isInteger(update.version) || update.version < 0) {
      throw new BadUserInputError(`updates.${index}.version`, 'Version must be a whole number, 0 or more');
    }
  });
  const assignments = [...new Set(updates.map((update) => update.esrAssignmentNumber.trim()))];
  const codes = [...new Set(updates.map((update) => update.credentialCode.trim()))];
  const [staff, credentials]: [{ id: string; esr_assignment_number: string }[], { id: string; code: string }[]] =
    await Promise.all([
      manager.query(
        'SELECT id, esr_assignment_number FROM staff_member WHERE organisation_id = $1 AND esr_assignment_number = ANY($2::text[])',
        [organisationId, assignments],
      ),
      manager.query('SELECT id, code FROM credential WHERE code = ANY($1::text[])', [codes]),
    ]);
  const staffByAssignment = new Map(staff.map((row) => [row.esr_assignment_number, row.id]));
  const credentialByCode = new Map(credentials.map((row) => [row.code, row.id]));
  const rows = updates.map((update, index) => {
    const staffMemberId = staffByAssignment.get(update.esrAssignmentNumber.trim());
    if (!staffMemberId) {
      throw new BadUserInputError(
        `updates.${index}.esrAssignmentNumber`,
        `No staff member with ESR assignment number ‘${update.esrAssignmentNumber}’ in your organisation`,
      );
    }
    const credentialId = credentialByCode.get(update.credentialCode.trim());
    if (!credentialId) {
      throw new BadUserInputError(`updates.${index}.credentialCode`, `No credential with code ‘${update.credentialCode}’`);
    }
    return { staffMemberId, credentialId, version: update.version };
  });
  const stored: { id: string }[] = await manager.query(
    `INSERT INTO esr_credential_update (organisation_id, staff_member_id, credential_id, version)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::int[])
     ON CONFLICT (staff_member_id, credential_id, version) DO NOTHING
     RETURNING id`,
    [organisationId, rows.map((row) => row.staffMemberId), rows.map((row) => row.credentialId), rows.map((row) => row.version)],
  );
  return stored.map((row) => row.id);
}

/**
 * Rule 3 (docs/domain.md) for stored updates: the newest version of each (person, credential) is issued automatically
 * when the trust's flag for the credential is on, and otherwise awaits manual issue. A version no
 * newer than the one held changes nothing. Applying the same updates twice changes nothing.
 */
export async function applyEsrCredentialUpdates(
  manager: EntityManager,
  updateIds: readonly string[],
): Promise<{ issued: number; awaitingManualIssue: number }> {
  if (updateIds.length === 0) return { issued: 0, awaitingManualIssue: 0 };
  const rows: { status: string; count: string }[] = await manager.query(
    `WITH pending AS (
       SELECT DISTINCT ON (u.staff_member_id, u.credential_id)
              u.organisation_id, u.staff_member_id, u.credential_id, u.version
         FROM esr_credential_update u
        WHERE u.id = ANY($1::uuid[]) AND u.applied_at IS NULL
        ORDER BY u.staff_member_id, u.credential_id, u.version DESC
     ), decided AS (
       SELECT p.*, COALESCE(a.enabled, false) AS automatic
         FROM pending p
         LEFT JOIN auto_issue_setting a
           ON a.organisation_id = p.organisation_id AND a.credential_id = p.credential_id
     ), written AS (
       INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status,
                                      esr_version, issued_at, issued_automatically)
       SELECT organisation_id, staff_member_id, credential_id,
              CASE WHEN automatic THEN 'ISSUED' ELSE 'AWAITING_MANUAL_ISSUE' END,
              version, CASE WHEN automatic THEN now() END, automatic
         FROM decided
       ON CONFLICT (staff_member_id, credential_id) DO UPDATE SET
         status = EXCLUDED.status, esr_version = EXCLUDED.esr_version, issued_at = EXCLUDED.issued_at,
         issued_automatically = EXCLUDED.issued_automatically, issued_by = NULL, updated_at = now()
       WHERE credential_record.esr_version < EXCLUDED.esr_version
       RETURNING status
     ), marked AS (
       UPDATE esr_credential_update SET applied_at = now()
        WHERE id = ANY($1::uuid[]) AND applied_at IS NULL
     )
     SELECT status, count(*) AS count FROM written GROUP BY status`,
    [updateIds],
  );
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { issued: count('ISSUED'), awaitingManualIssue: count('AWAITING_MANUAL_ISSUE') };
}
