import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/validation';
import type { AuditEvent } from './audit-event.entity';

/** The things audit events refer to by id or code, whose names a person needs to read them. */
export interface AuditReferences {
  staffGroupIds: Set<string>;
  jobRoleIds: Set<string>;
  credentialIds: Set<string>;
  categoryIds: Set<string>;
  credentialCodes: Set<string>;
  notificationSettingIds: Set<string>;
  credentialRecordIds: Set<string>;
}

type Reference = keyof AuditReferences;
/** What a name names: a reference, or the staff member a credential record belongs to. */
type Named = Reference | 'staffMemberOfCredentialRecord';

/** Names by what they name and its id (or code); an absent entry has since been deleted. */
export class AuditNames {
  constructor(private readonly names: ReadonlyMap<string, string> = new Map()) {}

  of(kind: Named, key: unknown): string | undefined {
    return typeof key === 'string' ? this.names.get(`${kind}:${key}`) : undefined;
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const string = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);

/** What the events of one page refer to, read from their before and after states. */
export function referencesOf(events: readonly AuditEvent[]): AuditReferences {
  const references: AuditReferences = {
    staffGroupIds: new Set(),
    jobRoleIds: new Set(),
    credentialIds: new Set(),
    categoryIds: new Set(),
    credentialCodes: new Set(),
    notificationSettingIds: new Set(),
    credentialRecordIds: new Set(),
  };
  const add = (kind: Reference, values: string[]) => values.forEach((value) => references[kind].add(value));
  for (const event of events) {
    for (const state of [event.before, event.after]) {
      if (!state) continue;
      switch (event.entityType) {
        case 'CredentialsRequiredTemplate':
          add('staffGroupIds', string(state.staffGroupId));
          add('jobRoleIds', string(state.jobRoleId));
          add('credentialIds', strings(state.credentialIds));
          add('categoryIds', strings(state.categoryIds));
          break;
        case 'JobRole':
          add('staffGroupIds', string(state.staffGroupId));
          break;
        case 'AutoIssueSetting':
          add('credentialCodes', Object.keys(state));
          break;
      }
    }
    if (event.entityType === 'NotificationSetting') add('notificationSettingIds', [event.entityId]);
    if (event.entityType === 'CredentialRecord') add('credentialRecordIds', [event.entityId]);
  }
  return references;
}

/**
 * The names of everything a page of a trust's audit events refers to, in one statement whatever the
 * number of events. Job roles, settings and records are looked up only within the trust.
 */
export async function lookUpAuditNames(
  manager: EntityManager,
  organisationId: string,
  references: AuditReferences,
): Promise<AuditNames> {
  const ids = (kind: Reference) => [...references[kind]].filter(isUuid);
  const codes = [...references.credentialCodes];
  const lists = [ids('staffGroupIds'), ids('jobRoleIds'), ids('credentialIds'), ids('categoryIds'), codes, ids('notificationSettingIds'), ids('credentialRecordIds')];
  if (lists.every((list) => list.length === 0)) return new AuditNames();
  const rows: { kind: Named; key: string; name: string }[] = await manager.query(
    `SELECT 'staffGroupIds' AS kind, id::text AS key, name FROM staff_group WHERE id = ANY($2::uuid[])
     UNION ALL
     SELECT 'jobRoleIds', id::text, name FROM job_role WHERE id = ANY($3::uuid[]) AND organisation_id = $1
     UNION ALL
     SELECT 'credentialIds', id::text, name FROM credential WHERE id = ANY($4::uuid[])
     UNION ALL
     SELECT 'categoryIds', id::text, name FROM credential_category WHERE id = ANY($5::uuid[])
     UNION ALL
     SELECT 'credentialCodes', code, name FROM credential WHERE code = ANY($6::text[])
     UNION ALL
     SELECT 'notificationSettingIds', id::text, team FROM notification_setting WHERE id = ANY($7::uuid[]) AND organisation_id = $1
     UNION ALL
     SELECT kind, r.id::text, CASE kind WHEN 'credentialRecordIds' THEN c.name ELSE s.name END
       FROM credential_record r
       CROSS JOIN (VALUES ('credentialRecordIds'), ('staffMemberOfCredentialRecord')) AS kinds (kind)
       JOIN credential c ON c.id = r.credential_id
       JOIN staff_member s ON s.id = r.staff_member_id
      WHERE r.id = ANY($8::uuid[]) AND r.organisation_id = $1`,
    [organisationId, ...lists],
  );
  return new AuditNames(new Map(rows.map((row) => [`${row.kind}:${row.key}`, row.name])));
}
