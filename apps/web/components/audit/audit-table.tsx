import { SummaryList } from '@/components/nhsuk/summary-list';
import { ResponsiveTable } from '@/components/nhsuk/table';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const AuditTableEventFragment = graphql(`
  fragment AuditTable_Event on AuditEvent {
    id
    occurredAt
    actorKind
    summary
    changes {
      label
      before
      after
    }
  }
`);

/** How the change was made: trusts registered from the command line say so, rather than 'In the portal'. */
const ACTOR_KIND_WORDS: Record<'PORTAL_USER' | 'API_CLIENT' | 'OPERATOR', string> = {
  PORTAL_USER: 'In the portal',
  API_CLIENT: 'Through the API',
  OPERATOR: 'By an operator, from the command line',
};

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

export const formatWhen = (iso: string) => when.format(new Date(iso));

function ChangeValue({ before, after }: { before: string | null | undefined; after: string | null | undefined }) {
  if (before == null) return <>{after}</>;
  if (after == null) return <>{before}</>;
  return (
    <>
      <span className="nhsuk-u-visually-hidden">Changed from </span>
      <del className="app-audit__before">{before}</del>
      <br />
      <span className="nhsuk-u-visually-hidden">to </span>
      <ins className="app-audit__after">{after}</ins>
    </>
  );
}

/** What happened and when, newest first: a sentence per change, and on request what it changed. */
export function AuditTable(props: {
  events: FragmentType<typeof AuditTableEventFragment>[];
  /** Says whose changes they are, for screen readers. @defaultValue the trust's settings */
  caption?: string;
}) {
  const events = getFragmentData(AuditTableEventFragment, props.events);
  if (events.length === 0) return <p>No changes match.</p>;
  return (
    <ResponsiveTable
      caption={props.caption ?? 'Changes to your trust’s settings, newest first'}
      captionHidden
      headers={['When', 'What happened']}
      rows={events.map((event) => ({
        key: event.id,
        cells: [
          <time dateTime={event.occurredAt} key="when" className="app-audit__when">
            {formatWhen(event.occurredAt)}
          </time>,
          <div key="what" className="app-audit__what">
            <p className="nhsuk-u-margin-bottom-1">{event.summary}</p>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">{ACTOR_KIND_WORDS[event.actorKind]}</p>
            {event.changes.length ? (
              <details className="nhsuk-details nhsuk-u-margin-bottom-0">
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">
                    What changed<span className="nhsuk-u-visually-hidden"> at {formatWhen(event.occurredAt)}</span>
                  </span>
                </summary>
                <div className="nhsuk-details__text">
                  <SummaryList rows={event.changes.map((change) => ({ key: change.label, value: <ChangeValue before={change.before} after={change.after} /> }))} />
                </div>
              </details>
            ) : null}
          </div>,
        ],
      }))}
    />
  );
}
