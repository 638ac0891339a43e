import Link from 'next/link';
import type { ReactNode } from 'react';

export interface Crumb {
  href: string;
  text: string;
}

/** Breadcrumbs: the trail to the current page (the current page itself is not listed). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const parent = items[items.length - 1];
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {items.map((item) => (
          <li className="nhsuk-breadcrumb__list-item" key={item.href}>
            <Link className="nhsuk-breadcrumb__link" href={item.href}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
      {parent ? (
        <Link className="nhsuk-back-link" href={parent.href}>
          <span className="nhsuk-u-visually-hidden">Back to </span>
          {parent.text}
        </Link>
      ) : null}
    </nav>
  );
}

/** Before the main content like the breadcrumbs, so it sits in a landmark of its own for the same reason. */
export function BackLink({ href, children = 'Back' }: { href: string; children?: ReactNode }) {
  return (
    <nav aria-label="Back">
      <Link className="nhsuk-back-link" href={href}>
        {children}
      </Link>
    </nav>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}

/** The green confirmation panel: only at the end of a whole transaction, with no links inside. */
export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="nhsuk-panel nhsuk-panel--confirmation">
      <h1 className="nhsuk-panel__title">{title}</h1>
      {children ? <div className="nhsuk-panel__body">{children}</div> : null}
    </div>
  );
}

export function Tag({ children, colour }: { children: ReactNode; colour?: 'green' | 'grey' | 'blue' | 'orange' | 'white' }) {
  return <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{children}</strong>;
}

/** `level`: the heading's level in the page's outline (after the page's h1, a 2). */
export function WarningCallout({ heading, level = 2, children }: { heading: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="nhsuk-warning-callout">
      <Heading className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {heading}
        </span>
      </Heading>
      {children}
    </div>
  );
}
