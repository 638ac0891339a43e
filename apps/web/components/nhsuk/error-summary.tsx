'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FieldError } from '@/lib/graphql/result';
import { ERROR_TITLE_PREFIX } from '@/lib/page-title';

/**
 * The NHS.UK error summary: at the top of the page, focused when it appears, each message a link
 * to its field (`#field-id`; `fieldIds` maps a field to another element id). A message links only
 * when that element is on the page: one about a field the page does not show (an id, a record that
 * has gone) is listed without a link. While it shows, the page title starts with "Error: ".
 */
export function ErrorSummary({ errors, fieldIds = {} }: { errors: FieldError[]; fieldIds?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `error-summary-title${useId().replace(/:/g, '')}`;
  const key = errors.map((e) => `${e.field}:${e.message}`).join('|');
  const targetOf = (error: FieldError) => (error.field ? (fieldIds[error.field] ?? error.field) : null);
  const targets = errors.map(targetOf).filter((target): target is string => target !== null);
  const [onPage, setOnPage] = useState<ReadonlySet<string>>(new Set());
  // Before paint, so the links are there when the summary is read out; the targets follow from the key.
  useLayoutEffect(() => {
    setOnPage(new Set(targets.filter((target) => document.getElementById(target))));
  }, [key]);
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  const showing = errors.length > 0;
  useEffect(() => {
    if (!showing) return;
    if (!document.title.startsWith(ERROR_TITLE_PREFIX)) document.title = `${ERROR_TITLE_PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(ERROR_TITLE_PREFIX)) document.title = document.title.slice(ERROR_TITLE_PREFIX.length);
    };
  }, [showing]);
  if (!showing) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} role="alert" tabIndex={-1} ref={ref} data-module="nhsuk-error-summary">
      <h2 className="nhsuk-error-summary__title" id={titleId}>
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((error, index) => {
            const target = targetOf(error);
            return (
              <li key={`${error.field}-${index}`}>
                {target && onPage.has(target) ? (
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
