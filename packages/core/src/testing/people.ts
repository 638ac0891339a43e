import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TrustRole } from '../common/actor';
import { sendAccountEmail, type AccountEmail } from '../accounts/account-emails.service';
import { encryptTotpSecret, mfaEncryptionKey } from '../auth/mfa';
import { hashPassword } from '../auth/secrets';
import { actorOf } from '../auth/sessions';
import type { SignInContext } from '../auth/sign-in.service';
import { SignInThrottle } from '../auth/sign-in-throttle';
import type { TestDatabase } from './test-database';

/** The password of every person `aPerson` makes, and the authenticator secret of those with one. */
export const PERSON_PASSWORD = 'Test-password-1';
export const PERSON_TOTP_SECRET = 'PERSONTOTPSECRETAAAAAAAAAAAAAAAA';

let hashed: Promise<string> | undefined;

/**
 * What sign-in commands run with in core tests: the suite's database, its recorded relay, limits kept in
 * this process (a throttle of its own per call, unless one is given) and the development key.
 */
export function signInContext(db: TestDatabase, options: { throttle?: SignInThrottle; clientAddress?: string | null } = {}): SignInContext {
  return {
    ...db.commands,
    signInThrottle: options.throttle ?? new SignInThrottle({ redis: null }),
    mfaEncryptionKey: mfaEncryptionKey({}),
    clientAddress: options.clientAddress ?? '192.0.2.10',
  };
}

/** An ACTIVE person of a trust (or a National Administrator), with a second factor when `totp` is true. */
export async function aPerson(
  dataSource: DataSource,
  organisationId: string | null,
  role: TrustRole | 'NATIONAL_ADMINISTRATOR',
  options: { totp?: boolean; displayName?: string } = {},
) {
  const email = `person.${randomBytes(4).toString('hex')}@test.nhs.uk`;
  hashed ??= hashPassword(PERSON_PASSWORD);
  const [row]: { id: string; organisation_id: string | null; username: string; display_name: string; role: TrustRole }[] = await dataSource.query(
    `INSERT INTO portal_user (organisation_id, username, email, display_name, password_hash, role, status, totp_secret_encrypted, totp_enrolled_at)
     VALUES ($1, $2, $2, $3, $4, $5, 'ACTIVE', $6::text, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END)
     RETURNING id, organisation_id, username, display_name, role`,
    [
      organisationId,
      email,
      options.displayName ?? `Person ${email.slice(7, 11)}`,
      await hashed,
      role,
      options.totp ? encryptTotpSecret(mfaEncryptionKey({}), PERSON_TOTP_SECRET) : null,
    ],
  );
  return { id: row.id, username: row.username, email, actor: actorOf(row) };
}

/**
 * Sends every account email still pending, as the worker would, and answers what was delivered: the
 * links in them are minted by this very send, so a test gets them only from here.
 */
export async function deliverPendingAccountEmails(dataSource: DataSource, now: Date = new Date()): Promise<AccountEmail[]> {
  const pending: { id: string }[] = await dataSource.query(`SELECT id FROM account_email_dispatch WHERE status = 'PENDING' ORDER BY created_at`);
  const delivered: AccountEmail[] = [];
  for (const { id } of pending) {
    await sendAccountEmail(dataSource, id, async (email) => void delivered.push(email), now);
  }
  return delivered;
}
