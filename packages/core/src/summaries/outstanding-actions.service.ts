import type { EntityManager } from 'typeorm';
import { TEAMS, type Team } from '../common/enums';

export interface TeamOutstandingActions {
  team: Team;
  awaitingManualIssue: number;
  missingRequiredCredentials: number;
  total: number;
}

/**
 * Rule 4 for one trust, in two set-based statements: credentials awaiting manual issue, and
 * required credentials (by effective template) that new starters and temporary movers lack and that
 * are neither issued nor awaiting issue, each counted for the team that owns the credential.
 */
export async function outstandingActionsFor(
  manager: EntityManager,
  organisationId: string,
): Promise<TeamOutstandingActions[]> {
  const [awaiting, missing]: { team: Team; count: string }[][] = await Promise.all([
    manager.query(
      `SELECT c.team, count(*) AS count
         FROM credential_record r JOIN credential c ON c.id = r.credential_id
        WHERE r.organisation_id = $1 AND r.status = 'AWAITING_MANUAL_ISSUE'
        GROUP BY c.team`,
      [organisationId],
    ),
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
  const countFor = (rows: { team: Team; count: string }[], team: Team) =>
    Number(rows.find((row) => row.team === team)?.count ?? 0);
  return TEAMS.map((team) => {
    const awaitingManualIssue = countFor(awaiting, team);
    const missingRequiredCredentials = countFor(missing, team);
    return { team, awaitingManualIssue, missingRequiredCredentials, total: awaitingManualIssue + missingRequiredCredentials };
  });
}
