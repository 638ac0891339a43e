import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../common/domain-error';
import { MAX_ESR_BATCH } from './staff.service';

export interface EsrCredentialUpdateInput {
  esrAssignmentNumber: string;
  credentialCode: string;
  version: number;
}

/** A line of a batch that was not stored, and why (the rest of the batch is). */
export interface EsrUpdateRejection {
  /** The line's position in the batch as sent, from 0. */
  index: number;
  esrAssignmentNumber: string;
  credentialCode: string;
  version: number;
  /** The line's field at fault. */
  field: 'esrAssignmentNumber' | 'credentialCode' | 'version';
  reason: string;
}

/**
 * Stores a batch of ESR credential updates for the caller's trust, once per (person, credential,
 * version): a replayed update is not stored again. A line naming a person or credential the trust does
 * not have, or with a bad version, is left out and answered with the reason; the rest are stored (one
 * unknown assignment number must not hold back a day's updates for everyone else). Returns the ids of
 * the updates that are new, and the lines left out.
 */
export async function storeEsrCredentialUpdates(
  manager: EntityManager,
  organisationId: string,
  updates: readonly EsrCredentialUpdateInput[],
): Promise<{ storedIds: string[]; rejections: EsrUpdateRejection[] }> {
  if (updates.length === 0) throw new BadUserInputError('updates', 'Send at least one update');
  if (updates.length > MAX_ESR_BATCH) {
    throw new BadUserInputError('updates', `Send at most ${MAX_ESR_BATCH} updates at a time`);
  }
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
  const rejections: EsrUpdateRejection[] = [];
  const rows: { staffMemberId: string; credentialId: string; version: number }[] = [];
  updates.forEach((update, index) => {
    const reject = (field: EsrUpdateRejection['field'], reason: string) =>
      rejections.push({ index, esrAssignmentNumber: update.esrAssignmentNumber, credentialCode: update.credentialCode, version: update.version, field, reason });
    const staffMemberId = staffByAssignment.get(update.esrAssignmentNumber.trim());
    const credentialId = credentialByCode.get(update.credentialCode.trim());
    if (!staffMemberId) reject('esrAssignmentNumber', `No staff member with ESR assignment number ‘${update.esrAssignmentNumber}’ in your organisation`);
    else if (!credentialId) reject('credentialCode', `No credential with code ‘${update.credentialCode}’`);
    else if (!Number.isInteger(update.version) || update.version < 0) reject('version', 'Version must be a whole number, 0 or more');
    else rows.push({ staffMemberId, credentialId, version: update.version });
  });
  if (rows.length === 0) return { storedIds: [], rejections };
  const stored: { id: string }[] = await manager.query(
    `INSERT INTO esr_credential_update (organisation_id, staff_member_id, credential_id, version)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::int[])
     ON CONFLICT (staff_member_id, credential_id, version) DO NOTHING
     RETURNING id`,
    [organisationId, rows.map((row) => row.staffMemberId), rows.map((row) => row.credentialId), rows.map((row) => row.version)],
  );
  return { storedIds: stored.map((row) => row.id), rejections };
}

/** A credential record that an ESR update changed, as the audit trail records it. */
export interface AppliedEsrUpdate {
  esrAssignmentNumber: string;
  credentialCode: string;
  version: number;
  status: 'ISSUED' | 'AWAITING_MANUAL_ISSUE';
}

/**
 * Rule 3 (docs/domain.md) for stored updates: the newest version of each (person, credential) is issued
 * automatically when the trust's flag for the credential is on, and otherwise awaits manual issue. A
 * version no newer than the one held changes nothing. Applying the same updates twice changes nothing.
 * Returns the records it changed.
 */
export async function applyEsrCredentialUpdates(manager: EntityManager, updateIds: readonly string[]): Promise<AppliedEsrUpdate[]> {
  if (updateIds.length === 0) return [];
  const rows: { esr_assignment_number: string; code: string; esr_version: number; status: AppliedEsrUpdate['status'] }[] = await manager.query(
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
       RETURNING staff_member_id, credential_id, esr_version, status
     ), marked AS (
       UPDATE esr_credential_update SET applied_at = now()
        WHERE id = ANY($1::uuid[]) AND applied_at IS NULL
     )
     SELECT s.esr_assignment_number, c.code, w.esr_version, w.status
       FROM written w
       JOIN staff_member s ON s.id = w.staff_member_id
       JOIN credential c ON c.id = w.credential_id
      ORDER BY s.esr_assignment_number, c.code`,
    [updateIds],
  );
  return rows.map((row) => ({ esrAssignmentNumber: row.esr_assignment_number, credentialCode: row.code, version: row.esr_version, status: row.status }));
}
