import type { FieldError } from '@/lib/graphql/result';
import type { AuditEventKind } from '@/src/gql/graphql';

/** The kinds of change people can narrow the audit log to, in the words of the pages they are made on. */
export const AUDIT_EVENT_KIND_NAMES: Record<AuditEventKind, string> = {
  ORGANISATION_DETAILS: 'Organisation details',
  NOTIFICATION_SETTINGS: 'Notification settings',
  SUMMARY_EMAILS: 'Summaries sent now',
  AUTOMATIC_ISSUANCE: 'Automatic issuance',
  TEMPLATES: 'Credentials required templates',
  JOB_ROLES: 'Job roles',
  ESR_UPDATES: 'Updates from ESR',
  MANUAL_ISSUE: 'Credentials issued by hand',
};

const isKind = (value: string): value is AuditEventKind => Object.hasOwn(AUDIT_EVENT_KIND_NAMES, value);

export type AuditSearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : '');

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface AuditFilterForm {
  kind: string;
  from: DateParts;
  to: DateParts;
}

export interface AuditFilter {
  kinds: AuditEventKind[];
  from: string | null;
  to: string | null;
}

/** An ISO date from day, month and year as typed, or null when they are not a real date. */
function isoDate({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The audit log's filter from its GET form (`kind`, `fromDay`, `fromMonth`, `fromYear`, `toDay`...):
 * what to ask the API for, and the errors to show at the fields when a date is not a real one.
 */
export function parseAuditFilter(params: AuditSearchParams): { form: AuditFilterForm; filter: AuditFilter; errors: FieldError[] } {
  const form: AuditFilterForm = {
    kind: one(params.kind),
    from: { day: one(params.fromDay), month: one(params.fromMonth), year: one(params.fromYear) },
    to: { day: one(params.toDay), month: one(params.toMonth), year: one(params.toYear) },
  };
  const errors: FieldError[] = [];
  const date = (parts: DateParts, field: 'from' | 'to', which: string) => {
    if (!parts.day && !parts.month && !parts.year) return null;
    const iso = isoDate(parts);
    if (!iso) errors.push({ field, message: `The ‘${which}’ date must be a real date, for example 27 3 2026`, code: 'INVALID' });
    return iso;
  };
  const from = date(form.from, 'from', 'from');
  const to = date(form.to, 'to', 'to');
  if (from && to && to < from) errors.push({ field: 'to', message: 'The ‘to’ date must be the same as or after the ‘from’ date', code: 'INVALID' });
  if (form.kind && !isKind(form.kind)) errors.push({ field: 'kind', message: 'Select a kind of change from the list', code: 'INVALID' });
  return { form, filter: { kinds: isKind(form.kind) ? [form.kind] : [], from, to }, errors };
}

/** The form's values as a query, for pagination links that keep the filter. */
export function auditFilterQuery(form: AuditFilterForm): string {
  const query = new URLSearchParams();
  if (form.kind) query.set('kind', form.kind);
  for (const [prefix, parts] of [['from', form.from], ['to', form.to]] as const) {
    if (parts.day || parts.month || parts.year) {
      query.set(`${prefix}Day`, parts.day);
      query.set(`${prefix}Month`, parts.month);
      query.set(`${prefix}Year`, parts.year);
    }
  }
  return query.toString();
}
