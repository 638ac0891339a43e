import type { EntityManager } from 'typeorm';
import type { Team } from '../common/enums';
import { CONTACT_ROLE_DETAILS, type ContactRole } from './contact.entity';

export interface OrganisationRegistration {
  odsCode: string;
  name: string;
  contacts: Partial<Record<ContactRole, { name: string; email?: string | null; phone?: string | null }>>;
  notifications: Record<Team, { email: string; enabled: boolean }>;
  /** Credential codes issued automatically from the start. */
  autoIssueCredentialCodes?: string[];
}

/**
 * Creates a trust as registration leaves it: its contacts, one notification setting per team and an
 * auto-issue setting per credential. Does nothing when the ODS code is already registered.
 */
export async function registerOrganisation(
  manager: EntityManager,
  registration: OrganisationRegistration,
): Promise<{ id: string; created: boolean }> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO organisation (ods_code, name) VALUES ($1, $2) ON CONFLICT (ods_code) DO NOTHING RETURNING id`,
    [registration.odsCode, registration.name],
  );
  if (inserted.length === 0) {
    const [existing]: { id: string }[] = await manager.query('SELECT id FROM organisation WHERE ods_code = $1', [
      registration.odsCode,
    ]);
    return { id: existing.id, created: false };
  }
  const organisationId = inserted[0].id;
  const contacts = Object.entries(registration.contacts) as [ContactRole, { name: string; email?: string | null; phone?: string | null }][];
  for (const [role, contact] of contacts) {
    if (!CONTACT_ROLE_DETAILS[role]) throw new Error(`Unknown contact role ${role}`);
    await manager.query(
      'INSERT INTO contact (organisation_id, role, name, email, phone) VALUES ($1, $2, $3, $4, $5)',
      [organisationId, role, contact.name, contact.email ?? null, contact.phone ?? null],
    );
  }
  for (const [team, setting] of Object.entries(registration.notifications)) {
    await manager.query(
      'INSERT INTO notification_setting (organisation_id, team, email, enabled) VALUES ($1, $2, $3, $4)',
      [organisationId, team, setting.email, setting.enabled],
    );
  }
  await manager.query(
    `INSERT INTO auto_issue_setting (organisation_id, credential_id, enabled)
     SELECT $1, id, code = ANY($2::text[]) FROM credential`,
    [organisationId, registration.autoIssueCredentialCodes ?? []],
  );
  return { id: organisationId, created: true };
}
