import { getFragmentData, graphql, type FragmentType } from '@/src/gql';
import { inSentence } from '@/lib/teams';

export const SummaryEmailPreviewActionsFragment = graphql(`
  fragment SummaryEmailPreview_Actions on TeamOutstandingActions {
    team
    teamName
    awaitingManualIssue
    missingRequiredCredentials
    total
  }
`);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What this week's summary email would say to a team, from its current outstanding-action counts. */
export function SummaryEmailPreview(props: {
  actions: FragmentType<typeof SummaryEmailPreviewActionsFragment>;
  organisationName: string;
  enabled: boolean;
  email: string;
}) {
  const actions = getFragmentData(SummaryEmailPreviewActionsFragment, props.actions);
  const team = actions.teamName;
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Preview the weekly summary email for the {inSentence(team)}</span>
      </summary>
      <div className="nhsuk-details__text">
        {props.enabled ? (
          <p>Sent every Monday at 8am to {props.email}.</p>
        ) : (
          <p>Email notifications are off for this team, so this email will not be sent.</p>
        )}
        <div className="app-email-preview" aria-label={`Summary email preview for the ${inSentence(team)}`} role="group">
          <p>
            <strong>Subject:</strong> Digital Staff Passport: {plural(actions.total, 'outstanding action', 'outstanding actions')} for the {inSentence(team)}
          </p>
          <p>Dear {team},</p>
          <p>
            {props.organisationName} has {plural(actions.total, 'outstanding action', 'outstanding actions')} for your team in the Digital Staff
            Passport:
          </p>
          <ul>
            <li>{plural(actions.awaitingManualIssue, 'credential is', 'credentials are')} waiting to be issued by hand</li>
            <li>{plural(actions.missingRequiredCredentials, 'required credential is', 'required credentials are')} missing for new starters and temporary movers</li>
          </ul>
          <p>Sign in to the Digital Staff Passport portal to review them.</p>
        </div>
      </div>
    </details>
  );
}
