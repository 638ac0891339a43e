import type { DataSource, EntityManager } from 'typeorm';
import type { PortalRole } from '../common/actor';
import { hashSecret, randomSecret } from '../auth/secrets';
import type { Outbox } from '../jobs/outbox';
import { DEFAULT_MESSAGE_ID_DOMAIN } from '../summaries/summary-dispatch.service';
import { accountEmailJob } from './account-email.job';

export type AccountEmailKind = 'INVITATION' | 'PASSWORD_RESET' | 'MFA_RESET' | 'ROLE_CHANGED' | 'ACCOUNT_DEACTIVATED';
export type AccountEmailStatus = 'PENDING' | 'SENT' | 'FAILED' | 'CANCELLED';

/** An invitation link works for 72 hours from the email that carries it; a password reset link for 1 hour. */
export const INVITATION_HOURS = 72;
export const PASSWORD_RESET_HOURS = 1;

/** Who did it and what changed, as the email words it. Never a secret. */
export interface AccountEmailDetails {
  /** The name of whoever made the change (an invitation, a role change, an MFA reset, a deactivation). */
  by?: string;
  previousRole?: PortalRole;
}

/** What the mail transport needs to render and send one account email. */
export interface AccountEmail {
  dispatchId: string;
  kind: AccountEmailKind;
  messageId: string;
  to: string;
  recipientName: string;
  role: PortalRole;
  /** Null for a National Administrator's emails (they carry no trust header). */
  trust: { name: string; odsCode: string } | null;
  /**
   * INVITATION and PASSWORD_RESET: the single-use link, minted for this very send. Only its hash is
   * stored, so a retried or re-sent email carries a new link and the earlier one stops working.
   */
  link: { path: '/accept-invitation' | '/reset-password'; token: string; expiresAt: Date } | null;
  details: AccountEmailDetails;
}

/**
 * Records an account email in the transaction of the change that needs it, and its job in the outbox.
 * Someone with no email address on record (accounts made before invitations) gets none: null.
 */
export async function recordAccountEmail(
  manager: EntityManager,
  outbox: Outbox,
  email: {
    kind: AccountEmailKind;
    portalUserId: string;
    invitationId?: string;
    passwordResetId?: string;
    details?: AccountEmailDetails;
  },
): Promise<string | null> {
  const [row]: { id: string; organisation_id: string | null }[] = await manager.query(
    `INSERT INTO account_email_dispatch (id, kind, organisation_id, portal_user_id, invitation_id, password_reset_id, recipient, details, message_id)
     SELECT d.id, $1, u.organisation_id, u.id, $3, $4, u.email, $5, '<account-email.' || lower($1) || '.' || d.id || '@' || $6 || '>'
       FROM portal_user u CROSS JOIN (SELECT gen_random_uuid() AS id) d
      WHERE u.id = $2 AND u.email IS NOT NULL
     RETURNING id, organisation_id`,
    [email.kind, email.portalUserId, email.invitationId ?? null, email.passwordResetId ?? null, JSON.stringify(email.details ?? {}), DEFAULT_MESSAGE_ID_DOMAIN],
  );
  if (!row) return null;
  outbox.add(accountEmailJob({ organisationId: row.organisation_id, dispatchId: row.id }));
  return row.id;
}

interface DispatchRow {
  id: string;
  kind: AccountEmailKind;
  status: AccountEmailStatus;
  message_id: string;
  recipient: string;
  details: AccountEmailDetails;
  invitation_id: string | null;
  password_reset_id: string | null;
  display_name: string;
  role: PortalRole;
  user_status: 'INVITED' | 'ACTIVE' | 'DEACTIVATED';
  trust_name: string | null;
  ods_code: string | null;
  /** The email is no longer wanted: its invitation was accepted, revoked or re-sent since, or its reset used. */
  superseded: boolean;
}

/**
 * Sends one account email at most once, as summaries are sent (summary-dispatch.service.ts): the row
 * stays locked while the email is handed to the mail server, and is marked SENT in the same transaction
 * that stores the hash and expiry of the link it carries. An email no longer wanted is CANCELLED.
 * When `deliver` throws, nothing is written here: the job records the failure (jobs/email-delivery.ts).
 */
export async function sendAccountEmail(
  dataSource: DataSource,
  dispatchId: string,
  deliver: (email: AccountEmail) => Promise<void>,
  now: Date = new Date(),
): Promise<'SENT' | 'ALREADY_SENT' | 'ALREADY_FAILED' | 'CANCELLED' | 'NOT_FOUND'> {
  return dataSource.transaction(async (manager) => {
    const [row]: DispatchRow[] = await manager.query(
      `SELECT d.id, d.kind, d.status, d.message_id, d.recipient, d.details, d.invitation_id, d.password_reset_id,
              u.display_name, u.role, u.status AS user_status, o.name AS trust_name, o.ods_code,
              CASE d.kind
                WHEN 'INVITATION' THEN u.status <> 'INVITED' OR i.accepted_at IS NOT NULL OR i.revoked_at IS NOT NULL
                  OR EXISTS (SELECT 1 FROM account_email_dispatch later
                              WHERE later.invitation_id = d.invitation_id AND later.created_at > d.created_at)
                WHEN 'PASSWORD_RESET' THEN u.status <> 'ACTIVE' OR r.used_at IS NOT NULL
                ELSE false
              END AS superseded
         FROM account_email_dispatch d
         JOIN portal_user u ON u.id = d.portal_user_id
         LEFT JOIN organisation o ON o.id = d.organisation_id
         LEFT JOIN portal_user_invitation i ON i.id = d.invitation_id
         LEFT JOIN password_reset r ON r.id = d.password_reset_id
        WHERE d.id = $1
        FOR UPDATE OF d`,
      [dispatchId],
    );
    if (!row) return 'NOT_FOUND';
    if (row.status === 'SENT') return 'ALREADY_SENT';
    if (row.status === 'FAILED') return 'ALREADY_FAILED';
    if (row.status === 'CANCELLED') return 'CANCELLED';
    if (row.superseded) {
      await manager.query(`UPDATE account_email_dispatch SET status = 'CANCELLED' WHERE id = $1`, [dispatchId]);
      return 'CANCELLED';
    }
    const link = linkFor(row, now);
    await deliver({
      dispatchId: row.id,
      kind: row.kind,
      messageId: row.message_id,
      to: row.recipient,
      recipientName: row.display_name,
      role: row.role,
      trust: row.ods_code ? { name: row.trust_name!, odsCode: row.ods_code } : null,
      link,
      details: row.details,
    });
    if (link && row.invitation_id) {
      await manager.query('UPDATE portal_user_invitation SET token_hash = $2, expires_at = $3, sent_at = $4 WHERE id = $1', [
        row.invitation_id,
        hashSecret(link.token),
        link.expiresAt,
        now,
      ]);
    }
    if (link && row.password_reset_id) {
      await manager.query('UPDATE password_reset SET token_hash = $2, expires_at = $3 WHERE id = $1', [row.password_reset_id, hashSecret(link.token), link.expiresAt]);
    }
    await manager.query(
      `UPDATE account_email_dispatch SET status = 'SENT', sent_at = $2, attempts = attempts + 1 WHERE id = $1`,
      [dispatchId, now],
    );
    return 'SENT';
  });
}

function linkFor(row: DispatchRow, now: Date): AccountEmail['link'] {
  if (row.kind === 'INVITATION') {
    return { path: '/accept-invitation', token: randomSecret(), expiresAt: new Date(now.getTime() + INVITATION_HOURS * 3600_000) };
  }
  if (row.kind === 'PASSWORD_RESET') {
    return { path: '/reset-password', token: randomSecret(), expiresAt: new Date(now.getTime() + PASSWORD_RESET_HOURS * 3600_000) };
  }
  return null;
}

/** Account emails still PENDING after `olderThanMs`: their job may have been lost (for the recovery sweep). */
export async function pendingAccountEmails(manager: EntityManager, olderThanMs: number): Promise<{ id: string; organisationId: string | null }[]> {
  const rows: { id: string; organisation_id: string | null }[] = await manager.query(
    `SELECT id, organisation_id FROM account_email_dispatch
      WHERE status = 'PENDING' AND created_at < now() - make_interval(secs => $1::double precision / 1000)
      ORDER BY created_at LIMIT 1000`,
    [olderThanMs],
  );
  return rows.map((row) => ({ id: row.id, organisationId: row.organisation_id }));
}

/** Account emails that are no longer wanted (e.g. the invitation they carry was revoked) are not sent. */
export async function cancelPendingEmailsOfInvitation(manager: EntityManager, invitationId: string): Promise<void> {
  await manager.query(`UPDATE account_email_dispatch SET status = 'CANCELLED' WHERE invitation_id = $1 AND status = 'PENDING'`, [invitationId]);
}
