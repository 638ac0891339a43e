import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { requireChangeableTrust, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { isUuid } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { Credential } from './credential.entity';
import { CredentialCategory } from './credential-category.entity';

/** The national catalogue's categories in display order. */
export async function listCredentialCategories(manager: EntityManager): Promise<CredentialCategory[]> {
  return manager.find(CredentialCategory, { order: { position: 'ASC' } });
}

/**
 * Every credential of the national catalogue, in display order. The catalogue is a few dozen rows,
 * so callers load it whole, once per request, and look up from it.
 */
export async function listCatalogueCredentials(manager: EntityManager): Promise<Credential[]> {
  return manager.find(Credential, { order: { position: 'ASC' } });
}

/**
 * Whether a trust issues each credential automatically. One query for many credentials; a credential
 * with no row (e.g. added to the catalogue later) is off until the trust turns it on.
 */
export async function autoIssueEnabledFor(
  manager: EntityManager,
  organisationId: string,
  credentialIds: readonly string[],
): Promise<boolean[]> {
  const rows: { credential_id: string }[] = await manager.query(
    `SELECT credential_id FROM auto_issue_setting
      WHERE organisation_id = $1 AND credential_id = ANY($2::uuid[]) AND enabled`,
    [organisationId, credentialIds],
  );
  const enabled = new Set(rows.map((row) => row.credential_id));
  return credentialIds.map((id) => enabled.has(id));
}

export interface AutoIssueChange {
  credentialIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
  enabled: boolean;
}

/**
 * Turns automatic issuance on or off for credentials and whole categories of the caller's trust, all
 * in one transaction. Changes are applied in order, so a later change wins for a credential named
 * twice. Returns how many credentials changed value.
 */
export async function setAutoIssue(
  context: CommandContext,
  actor: Actor | null,
  changes: readonly AutoIssueChange[],
): Promise<number> {
  const organisationId = requireChangeableTrust(actor);
  if (changes.length === 0) throw new BadUserInputError('changes', 'Select at least one credential or category');

  return runCommand(context, async (manager) => {
    const wanted = new Map<string, boolean>();
    for (const [index, change] of changes.entries()) {
      const credentialIds = await resolveCredentialIds(manager, change, index);
      for (const id of credentialIds) wanted.set(id, change.enabled);
    }
    const ids = [...wanted.keys()];
    const current = await autoIssueEnabledFor(manager, organisationId, ids);
    const changed = ids.filter((id, index) => current[index] !== wanted.get(id));
    if (changed.length === 0) return 0;

    const enabledValues = changed.map((id) => wanted.get(id)!);
    await manager.query(
      `INSERT INTO auto_issue_setting (organisation_id, credential_id, enabled)
       SELECT $1, credential_id, enabled FROM unnest($2::uuid[], $3::boolean[]) AS t(credential_id, enabled)
       ON CONFLICT (organisation_id, credential_id)
       DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
      [organisationId, changed, enabledValues],
    );
    const codes = await manager.find(Credential, { where: { id: In(changed) }, select: { id: true, code: true } });
    const codeOf = new Map(codes.map((credential) => [credential.id, credential.code]));
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'auto-issue.changed',
      entityType: 'AutoIssueSetting',
      entityId: organisationId,
      before: Object.fromEntries(changed.map((id) => [codeOf.get(id)!, !wanted.get(id)])),
      after: Object.fromEntries(changed.map((id) => [codeOf.get(id)!, wanted.get(id)])),
    });
    return changed.length;
  });
}

async function resolveCredentialIds(
  manager: EntityManager,
  change: AutoIssueChange,
  index: number,
): Promise<string[]> {
  const credentialIds = [...(change.credentialIds ?? [])];
  const categoryIds = [...(change.categoryIds ?? [])];
  const field = `changes.${index}`;
  if (credentialIds.length === 0 && categoryIds.length === 0) {
    throw new BadUserInputError(field, 'Select at least one credential or category');
  }
  const badCredential = credentialIds.find((id) => !isUuid(id));
  if (badCredential) throw new BadUserInputError(`${field}.credentialIds`, `No credential with id ${badCredential}`);
  const badCategory = categoryIds.find((id) => !isUuid(id));
  if (badCategory) throw new BadUserInputError(`${field}.categoryIds`, `No category with id ${badCategory}`);

  const rows: { id: string; category_id: string }[] = await manager.query(
    `SELECT id, category_id FROM credential WHERE id = ANY($1::uuid[]) OR category_id = ANY($2::uuid[])`,
    [credentialIds, categoryIds],
  );
  const foundCredentials = new Set(rows.map((row) => row.id));
  const foundCategories = new Set(rows.map((row) => row.category_id));
  const unknownCredential = credentialIds.find((id) => !foundCredentials.has(id));
  if (unknownCredential) {
    throw new BadUserInputError(`${field}.credentialIds`, `No credential with id ${unknownCredential}`);
  }
  const unknownCategory = categoryIds.find((id) => !foundCategories.has(id));
  if (unknownCategory) {
    throw new BadUserInputError(`${field}.categoryIds`, `No category with id ${unknownCategory}`);
  }
  return rows
    .filter((row) => credentialIds.includes(row.id) || categoryIds.includes(row.category_id))
    .map((row) => row.id);
}
