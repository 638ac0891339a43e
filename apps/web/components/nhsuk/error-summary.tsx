'use client';

import { useEffect, useId, useRef } from 'react';
import type { FieldError } from '@/lib/graphql/result';

/**
 * The NHS.UK error summary: at the top of the page, focused when it appears, each message a link
 * to its field (`#field-id`). Messages not about a field are listed without a link.
 */
export function ErrorSummary({ errors, fieldIds = {} }: { errors: FieldError[]; fieldIds?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `error-summary-title${useId().replace(/:/g, '')}`;
  const key = errors.map((e) => `${e.field}:${e.message}`).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} role="alert" tabIndex={-1} ref={ref} data-module="nhsuk-error-summary">
      <h2 className="nhsuk-error-summary__title" id={titleId}>
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((error, index) => {
            const target = error.field ? (fieldIds[error.field] ?? error.field) : null;
            return (
              <li key={`${error.field}-${index}`}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      const element = document.getElementById(target);
                      if (element) {
                        event.preventDefault();
                        element.focus();
                        element.scrollIntoView({ block: 'center' });
                      }
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

/** The first message for each field, for showing at the field. */
export function messagesByField(errors: FieldError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    if (error.field && !(error.field in byField)) byField[error.field] = error.message;
  }
  return byField;
}
