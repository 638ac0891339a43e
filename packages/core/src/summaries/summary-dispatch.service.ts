import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { requireActor, type Actor } from '../common/actor';
import { BadUserInputError, ForbiddenError } from '../common/domain-error';
import { TEAMS, type Team } from '../common/enums';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { recordAuditEvent } from '../audit/audit.service';
import { requireTrustAdministrator } from '../audit/audit-access';
import { runCommand, type CommandContext, type Outbox } from '../jobs/outbox';
import { ISO_WEEK, isoWeekOf } from './iso-week';
import { OUTSTANDING_ACTIONS_BY_TRUST_AND_TEAM, outstandingActionsFor, type TeamOutstandingActions } from './outstanding-actions.service';
import { summaryEmailJob } from './summary-email.job';

/**
 * WEEKLY: the Monday summary, at most one per (trust, team, ISO week), keyed `weekly:<trust>:<team>:<week>`.
 * ON_DEMAND: `sendSummaryNow`, one per request, keyed by its own id: it neither counts as nor
 * suppresses the weekly one, which still goes out on Monday.
 */
export type SummaryDispatchKind = 'WEEKLY' | 'ON_DEMAND';
export type SummaryDispatchStatus = 'PENDING' | 'SENT' | 'FAILED';

export interface SummaryDispatch {
  id: string;
  organisationId: string;
  team: Team;
  isoWeek: string;
  kind: SummaryDispatchKind;
  status: SummaryDispatchStatus;
  messageId: string;
  recipient: string | null;
  counts: TeamOutstandingActions | null;
  attempts: number;
  lastError: string | null;
  requestedBy: string | null;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
}

/** What the mail transport needs to send one summary. */
export interface SummaryEmail {
  dispatchId: string;
  kind: SummaryDispatchKind;
  messageId: string;
  to: string;
  organisation: { name: string; odsCode: string };
  team: Team;
  isoWeek: string;
  counts: TeamOutstandingActions;
}

interface DispatchRow {
  id: string;
  organisation_id: string;
  team: Team;
  iso_week: string;
  kind: SummaryDispatchKind;
  status: SummaryDispatchStatus;
  message_id: string;
  recipient: string | null;
  counts: TeamOutstandingActions | null;
  attempts: number;
  last_error: string | null;
  requested_by: string | null;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
}

const COLUMNS = `d.id, d.organisation_id, d.team, d.iso_week, d.kind, d.status, d.message_id, d.recipient, d.counts,
  d.attempts, d.last_error, d.requested_by, d.created_at, d.sent_at, d.failed_at`;

function toDispatch(row: DispatchRow): SummaryDispatch {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    team: row.team,
    isoWeek: row.iso_week,
    kind: row.kind,
    status: row.status,
    messageId: row.message_id,
    recipient: row.recipient,
    counts: row.counts,
    attempts: row.attempts,
    lastError: row.last_error,
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    failedAt: row.failed_at,
  };
}

/**
 * Message-IDs are fixed when a dispatch is planned, so every try of it sends the same one and a
 * receiving system can tell a repeat (rule 5, docs/domain.md).
 */
export const DEFAULT_MESSAGE_ID_DOMAIN = 'staff-passport.nhs.uk';

/**
 * The plan of rule 5 (docs/domain.md) for a week: one WEEKLY dispatch per (trust, team) whose notifications are on, in one
 * statement, with the team's rule 4 counts as they are at that moment, counted for every trust and team
 * at once (one GROUP BY, not a count per email); each email then carries the counts of its plan, a retry
 * the same as the first try. A dispatch already planned (by an earlier or concurrent run) is kept as it is. Every
 * dispatch of the week still PENDING goes in the outbox, so a run that crashed half-way is finished by
 * the next. Returns how many were planned now and how many are pending.
 */
export async function planWeeklySummaryDispatches(
  manager: EntityManager,
  outbox: Outbox,
  isoWeek: string,
  messageIdDomain = DEFAULT_MESSAGE_ID_DOMAIN,
): Promise<{ planned: number; pending: number }> {
  if (!ISO_WEEK.test(isoWeek)) throw new Error(`Not an ISO week: ${isoWeek} (expected e.g. 2026-W48)`);
  const planned: { id: string }[] = await manager.query(
    `WITH counts AS (${OUTSTANDING_ACTIONS_BY_TRUST_AND_TEAM})
     INSERT INTO summary_dispatch (organisation_id, team, iso_week, kind, dispatch_key, message_id, planned_counts)
     SELECT n.organisation_id, n.team, $1, 'WEEKLY',
            'weekly:' || n.organisation_id || ':' || n.team || ':' || $1,
            '<weekly-summary.' || lower(n.team) || '.' || $1 || '.' || n.organisation_id || '@' || $2 || '>',
            jsonb_build_object('team', n.team, 'awaitingManualIssue', COALESCE(k.awaiting, 0),
                               'missingRequiredCredentials', COALESCE(k.missing, 0), 'total', COALESCE(k.awaiting, 0) + COALESCE(k.missing, 0))
       FROM notification_setting n
       JOIN organisation o ON o.id = n.organisation_id
       LEFT JOIN counts k ON k.organisation_id = n.organisation_id AND k.team = n.team
      -- a deactivated trust's teams get no summary (rule 7)
      WHERE n.enabled AND o.status = 'ACTIVE'
     ON CONFLICT (dispatch_key) DO NOTHING
     RETURNING id`,
    [isoWeek, messageIdDomain],
  );
  const pending: { id: string; organisation_id: string }[] = await manager.query(
    `SELECT id, organisation_id FROM summary_dispatch WHERE kind = 'WEEKLY' AND iso_week = $1 AND status = 'PENDING'`,
    [isoWeek],
  );
  outbox.add(...pending.map((row) => summaryEmailJob({ organisationId: row.organisation_id, dispatchId: row.id })));
  return { planned: planned.length, pending: pending.length };
}

/**
 * `sendSummaryNow`: a Senior Portal Administrator sends this week's summary to one team now, to the
 * team's current address (whether or not its weekly summary is on), e.g. to check the address. It is
 * recorded like any other dispatch, under a key of its own: the weekly one is neither suppressed nor
 * repeated by it. Pressing twice sends twice, each once.
 */
export async function requestSummaryNow(
  context: CommandContext,
  actor: Actor | null,
  team: Team,
  now: Date = new Date(),
  messageIdDomain = DEFAULT_MESSAGE_ID_DOMAIN,
): Promise<SummaryDispatch> {
  const known = requireActor(actor);
  if (known.kind !== 'PORTAL_USER' || known.role !== 'SENIOR_PORTAL_ADMINISTRATOR') {
    throw new ForbiddenError('Only a Senior Portal Administrator of this trust can send a summary now.');
  }
  if (!TEAMS.includes(team)) throw new BadUserInputError('team', 'Select a team');
  const organisationId = known.organisationId;
  const id = randomUUID();
  const isoWeek = isoWeekOf(now);
  return runCommand(context, async (manager, outbox) => {
    const [setting]: { email: string }[] = await manager.query(
      'SELECT email FROM notification_setting WHERE organisation_id = $1 AND team = $2',
      [organisationId, team],
    );
    if (!setting) throw new BadUserInputError('team', 'Set the team’s email address first');
    const [row]: DispatchRow[] = await manager.query(
      `INSERT INTO summary_dispatch AS d (id, organisation_id, team, iso_week, kind, dispatch_key, message_id, recipient, requested_by)
       VALUES ($1::uuid, $2, $3, $4, 'ON_DEMAND', 'on-demand:' || $1::text, '<summary-now.' || $1::text || '@' || $5 || '>', $6, $7)
       RETURNING ${COLUMNS}`,
      [id, organisationId, team, isoWeek, messageIdDomain, setting.email, known.name],
    );
    await recordAuditEvent(manager, known, {
      organisationId,
      action: 'summary.sent-now',
      entityType: 'SummaryDispatch',
      entityId: id,
      before: null,
      after: { team, recipient: setting.email, isoWeek },
    });
    outbox.add(summaryEmailJob({ organisationId, dispatchId: id }));
    return toDispatch(row);
  });
}

/**
 * Sends one dispatch at most once. The dispatch row stays locked while the email is rendered and
 * handed to SMTP and is marked SENT in the same transaction, so a duplicate job waits and then finds
 * it SENT, and a worker that dies before the commit leaves it PENDING (its connection closes, the
 * transaction rolls back) for the retry to send. The one window left, SMTP having accepted the
 * message but the commit not having happened, is resolved by sending again with the same Message-ID.
 * When `deliver` throws, nothing is written here: the job records the failure (jobs/email-delivery.ts).
 */
export async function sendSummaryDispatch(
  dataSource: DataSource,
  dispatchId: string,
  deliver: (email: SummaryEmail) => Promise<void>,
): Promise<'SENT' | 'ALREADY_SENT' | 'ALREADY_FAILED' | 'NOT_FOUND'> {
  return dataSource.transaction(async (manager) => {
    const [row]: (DispatchRow & { name: string; ods_code: string; current_email: string | null; planned_counts: TeamOutstandingActions | null })[] = await manager.query(
      `SELECT ${COLUMNS}, d.planned_counts, o.name, o.ods_code, n.email AS current_email
         FROM summary_dispatch d
         JOIN organisation o ON o.id = d.organisation_id
         LEFT JOIN notification_setting n ON n.organisation_id = d.organisation_id AND n.team = d.team
        WHERE d.id = $1
        FOR UPDATE OF d`,
      [dispatchId],
    );
    if (!row) return 'NOT_FOUND';
    if (row.status === 'SENT') return 'ALREADY_SENT';
    if (row.status === 'FAILED') return 'ALREADY_FAILED';
    const to = row.kind === 'ON_DEMAND' ? row.recipient : row.current_email;
    if (!to) throw new Error(`The ${row.team} team of ${row.ods_code} has no email address`);
    // a weekly email carries its plan's counts; one sent now counts now
    const counts = row.planned_counts ?? (await outstandingActionsFor(manager, row.organisation_id, [row.team]))[0];
    await deliver({
      dispatchId: row.id,
      kind: row.kind,
      messageId: row.message_id,
      to,
      organisation: { name: row.name, odsCode: row.ods_code },
      team: row.team,
      isoWeek: row.iso_week,
      counts,
    });
    await manager.query(
      `UPDATE summary_dispatch
          SET status = 'SENT', sent_at = now(), recipient = $2, counts = $3, attempts = attempts + 1
        WHERE id = $1`,
      [dispatchId, to, JSON.stringify(counts)],
    );
    return 'SENT';
  });
}

/** Dispatches still PENDING after `olderThanMs`: their job may have been lost. */
export async function pendingSummaryDispatches(
  manager: EntityManager,
  olderThanMs: number,
): Promise<{ id: string; organisationId: string }[]> {
  const rows: { id: string; organisation_id: string }[] = await manager.query(
    `SELECT id, organisation_id FROM summary_dispatch
      WHERE status = 'PENDING' AND created_at < now() - make_interval(secs => $1::double precision / 1000)
      ORDER BY created_at LIMIT 1000`,
    [olderThanMs],
  );
  return rows.map((row) => ({ id: row.id, organisationId: row.organisation_id }));
}

/** `summaryDispatches`: the trust's summary emails, newest first, failures included, for its administrators. */
export async function listSummaryDispatches(
  manager: EntityManager,
  actor: Actor | null,
  filter: { status?: SummaryDispatchStatus | null } | null | undefined,
  page: PageInput | null | undefined,
): Promise<Page<SummaryDispatch>> {
  const organisationId = requireTrustAdministrator(actor);
  const request = pageRequest(page);
  const status = filter?.status ?? null;
  const [rows, [{ count }]]: [DispatchRow[], { count: string }[]] = await Promise.all([
    manager.query(
      `SELECT ${COLUMNS} FROM summary_dispatch d
        WHERE d.organisation_id = $1 AND ($2::text IS NULL OR d.status = $2)
        ORDER BY d.created_at DESC, d.id LIMIT $3 OFFSET $4`,
      [organisationId, status, request.limit, request.offset],
    ),
    manager.query(
      `SELECT count(*) AS count FROM summary_dispatch d WHERE d.organisation_id = $1 AND ($2::text IS NULL OR d.status = $2)`,
      [organisationId, status],
    ),
  ]);
  return toPage(rows.map(toDispatch), Number(count), request);
}
