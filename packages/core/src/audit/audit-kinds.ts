/**
 * What an audit event is about, as people filter the audit log: each kind is the record types its
 * events are written against (AuditEvent.entityType).
 */
export const AUDIT_EVENT_KINDS = {
  ORGANISATION_DETAILS: ['Contact'],
  NOTIFICATION_SETTINGS: ['NotificationSetting'],
  SUMMARY_EMAILS: ['SummaryDispatch'],
  AUTOMATIC_ISSUANCE: ['AutoIssueSetting'],
  TEMPLATES: ['CredentialsRequiredTemplate'],
  JOB_ROLES: ['JobRole'],
  ESR_UPDATES: ['StaffMember', 'EsrUpdateBatch'],
  MANUAL_ISSUE: ['CredentialRecord'],
} as const satisfies Record<string, readonly string[]>;

export type AuditEventKind = keyof typeof AUDIT_EVENT_KINDS;

export const isAuditEventKind = (value: string): value is AuditEventKind => Object.hasOwn(AUDIT_EVENT_KINDS, value);

/** The record types of the given kinds, each once. */
export function entityTypesOf(kinds: readonly AuditEventKind[]): string[] {
  return [...new Set(kinds.flatMap((kind) => AUDIT_EVENT_KINDS[kind]))];
}
