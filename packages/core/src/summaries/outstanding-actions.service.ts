import type { EntityManager } from 'typeorm';
import { TEAMS, type Team } from '../common/enums';

export interface TeamOutstandingActions {
  team: Team;
  awaitingManualIssue: number;
  missingRequiredCredentials: number;
  total: number;
}

/**
 * Rule 4 (docs/domain.md) for one trust, from the stored results of template resolution: credentials awaiting manual
 * issue, and the required credentials that new starters and temporary movers lack (kept by the
 * template-resolution and ESR jobs), each counted for the team that owns the credential. Two
 * indexed statements, whatever the trust's size; only the rows of `teams` are counted (a summary
 * email needs its own team's).
 */
export async function outstandingActionsFor(
  manager: EntityManager,
  organisationId: string,
  teams: readonly Team[] = TEAMS,
): Promise<TeamOutstandingActions[]> {
  const [awaiting, missing]: { team: Team; count: string }[][] = await Promise.all([
    awaitingManualIssueByTeam(manager, organisationId, teams),
    manager.query(
      `SELECT c.team, count(*) AS count
         FROM staff_missing_credential m JOIN credential c ON c.id = m.credential_id
        WHERE m.organisation_id = $1 AND m.counts_as_action AND c.team = ANY($2::text[])
        GROUP BY c.team`,
      [organisationId, teams],
    ),
  ]);
  return byTeam(awaiting, missing, teams);
}

/**
 * Rule 4 for every trust and team at once, as one GROUP BY over the stored results (the weekly plan's
 * counts): rows of (organisation_id, team, awaiting, missing), only where either is above nought.
 */
export const OUTSTANDING_ACTIONS_BY_TRUST_AND_TEAM = `
  SELECT x.organisation_id, x.team, sum(x.awaiting)::int AS awaiting, sum(x.missing)::int AS missing
    FROM (SELECT r.organisation_id, c.team, count(*) AS awaiting, 0 AS missing
            FROM credential_record r JOIN credential c ON c.id = r.credential_id
           WHERE r.status = 'AWAITING_MANUAL_ISSUE'
           GROUP BY r.organisation_id, c.team
          UNION ALL
          SELECT m.organisation_id, c.team, 0, count(*)
            FROM staff_missing_credential m JOIN credential c ON c.id = m.credential_id
           WHERE m.counts_as_action
           GROUP BY m.organisation_id, c.team) AS x
   GROUP BY x.organisation_id, x.team`;

/** OUTSTANDING_ACTIONS_BY_TRUST_AND_TEAM as each trust's counts for every team, in one statement. */
export async function outstandingActionsOfEveryTrust(manager: EntityManager): Promise<Map<string, TeamOutstandingActions[]>> {
  const rows: { organisation_id: string; team: Team; awaiting: number; missing: number }[] = await manager.query(OUTSTANDING_ACTIONS_BY_TRUST_AND_TEAM);
  const byTrust = new Map<string, TeamOutstandingActions[]>();
  for (const row of rows) {
    const teams = byTrust.get(row.organisation_id) ?? TEAMS.map((team) => ({ team, awaitingManualIssue: 0, missingRequiredCredentials: 0, total: 0 }));
    const counts = teams.find((entry) => entry.team === row.team)!;
    counts.awaitingManualIssue = row.awaiting;
    counts.missingRequiredCredentials = row.missing;
    counts.total = row.awaiting + row.missing;
    byTrust.set(row.organisation_id, teams);
  }
  return byTrust;
}

/**
 * Rule 4 (docs/domain.md) computed live from the views, in two set-based statements: what the stored results must
 * agree with once template resolution has caught up (tests compare the two).
 */
export async function liveOutstandingActionsFor(
  manager: EntityManager,
  organisationId: string,
): Promise<TeamOutstandingActions[]> {
  const [awaiting, missing]: { team: Team; count: string }[][] = await Promise.all([
    awaitingManualIssueByTeam(manager, organisationId, TEAMS),
    manager.query(
      `SELECT c.team, count(*) AS count
         FROM staff_member s
         JOIN staff_effective_template e ON e.staff_member_id = s.id
         JOIN template_required_credential t ON t.template_id = e.template_id
         JOIN credential c ON c.id = t.credential_id
        WHERE s.organisation_id = $1
          AND (s.employment_status = 'NEW_STARTER' OR s.employment_type = 'TEMPORARY_MOVER')
          AND NOT EXISTS (
            SELECT 1 FROM credential_record r
             WHERE r.staff_member_id = s.id AND r.credential_id = c.id
               AND r.status IN ('ISSUED', 'AWAITING_MANUAL_ISSUE'))
        GROUP BY c.team`,
      [organisationId],
    ),
  ]);
  return byTeam(awaiting, missing, TEAMS);
}

/** Credentials awaiting manual issue, counted per owning team: the same for stored and live counts. */
function awaitingManualIssueByTeam(
  manager: EntityManager,
  organisationId: string,
  teams: readonly Team[],
): Promise<{ team: Team; count: string }[]> {
  return manager.query(
    `SELECT c.team, count(*) AS count
       FROM credential_record r JOIN credential c ON c.id = r.credential_id
      WHERE r.organisation_id = $1 AND r.status = 'AWAITING_MANUAL_ISSUE' AND c.team = ANY($2::text[])
      GROUP BY c.team`,
    [organisationId, teams],
  );
}

function byTeam(
  awaiting: { team: Team; count: string }[],
  missing: { team: Team; count: string }[],
  teams: readonly Team[],
): TeamOutstandingActions[] {
  const countFor = (rows: { team: Team; count: string }[], team: Team) =>
    Number(rows.find((row) => row.team === team)?.count ?? 0);
  return teams.map((team) => {
    const awaitingManualIssue = countFor(awaiting, team);
    const missingRequiredCredentials = countFor(missing, team);
    return { team, awaitingManualIssue, missingRequiredCredentials, total: awaitingManualIssue + missingRequiredCredentials };
  });
}
