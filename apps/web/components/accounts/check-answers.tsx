'use client';

import type { ReactNode } from 'react';

export interface CheckRow {
  key: string;
  value: ReactNode;
  /** The form field the row's Change goes back to. */
  fieldId: string;
  /** Names the row for screen readers: "Change<hidden> email address</hidden>". */
  visuallyHiddenText: string;
}

/**
 * The summary list of a check-your-answers step shown by the same page as its form: Change goes back
 * to the form and puts the focus on that answer's field (a link, so it works as one for everyone).
 */
export function CheckAnswers({ rows, onChange }: { rows: CheckRow[]; onChange: (fieldId: string) => void }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.fieldId}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          <dd className="nhsuk-summary-list__actions">
            <a
              className="nhsuk-link"
              href={`#${row.fieldId}`}
              id={`change-${row.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                onChange(row.fieldId);
              }}
            >
              Change<span className="nhsuk-u-visually-hidden"> {row.visuallyHiddenText}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Moves the focus to a field once the form is back on screen (after React has rendered it). */
export function focusFieldSoon(fieldId: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(fieldId);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  });
}
