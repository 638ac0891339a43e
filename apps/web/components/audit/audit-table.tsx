import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const AuditTableEventFragment = graphql(`
  fragment AuditTable_Event on AuditEvent {
    id
    occurredAt
    actorKind
    actorName
    action
    entityType
    entityId
    before
    after
  }
`);

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

export const formatWhen = (iso: string) => when.format(new Date(iso));

const json = (value: unknown) => (value == null ? 'Nothing' : JSON.stringify(value, null, 2));

/** Who changed what, when: newest first, with the before and after states on request. */
export function AuditTable(props: { events: FragmentType<typeof AuditTableEventFragment>[] }) {
  const events = getFragmentData(AuditTableEventFragment, props.events);
  if (events.length === 0) return <p>No changes have been recorded yet.</p>;
  return (
    <div className="app-table-wrapper">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Changes to your trust&apos;s settings, newest first</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">When</th>
            <th scope="col" className="nhsuk-table__header">Who</th>
            <th scope="col" className="nhsuk-table__header">What</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {events.map((event) => (
            <tr className="nhsuk-table__row" key={event.id}>
              <td className="nhsuk-table__cell">
                <time dateTime={event.occurredAt}>{formatWhen(event.occurredAt)}</time>
              </td>
              <td className="nhsuk-table__cell">
                {event.actorName}
                <br />
                <span className="nhsuk-body-s">{event.actorKind === 'API_CLIENT' ? 'API client' : 'Portal user'}</span>
              </td>
              <td className="nhsuk-table__cell">
                <code>{event.action}</code> on {event.entityType}
                <details className="nhsuk-details nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                  <summary className="nhsuk-details__summary">
                    <span className="nhsuk-details__summary-text">
                      Details<span className="nhsuk-u-visually-hidden"> of {event.action} at {formatWhen(event.occurredAt)}</span>
                    </span>
                  </summary>
                  <div className="nhsuk-details__text">
                    <p className="nhsuk-body-s">Record {event.entityId}</p>
                    <h3 className="nhsuk-heading-xs">Before</h3>
                    <pre className="app-json">{json(event.before)}</pre>
                    <h3 className="nhsuk-heading-xs">After</h3>
                    <pre className="app-json">{json(event.after)}</pre>
                  </div>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
