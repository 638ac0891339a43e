import Link from 'next/link';
import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** A 'Change' link; `visuallyHiddenText` names the row for screen readers; `id` lets an error summary link to it. */
  action?: { href: string; text?: string; visuallyHiddenText: string; id?: string };
}

export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className={`nhsuk-summary-list${noBorder ? ' nhsuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div className={`nhsuk-summary-list__row${anyActions && !row.action ? ' nhsuk-summary-list__row--no-actions' : ''}`} key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="nhsuk-summary-list__actions">
              <Link className="nhsuk-link" href={row.action.href} id={row.action.id}>
                {row.action.text ?? 'Change'}
                <span className="nhsuk-u-visually-hidden"> {row.action.visuallyHiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
