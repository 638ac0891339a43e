import Link from 'next/link';

/** Previous and next page links, as the NHS.UK pagination component. */
export function Pagination({ previous, next }: { previous?: { href: string; label: string }; next?: { href: string; label: string } }) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
      <ul className="nhsuk-list nhsuk-pagination__list">
        <li className="nhsuk-pagination-item--previous">
          {previous ? (
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" href={previous.href}>
              <span className="nhsuk-pagination__title">Previous</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{previous.label}</span>
            </Link>
          ) : null}
        </li>
        <li className="nhsuk-pagination-item--next">
          {next ? (
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" href={next.href}>
              <span className="nhsuk-pagination__title">Next</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{next.label}</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
