import type { ReactNode } from 'react';

/** The width container and main element every page shares. */
export function PageShell({ before, children }: { before?: ReactNode; children: ReactNode }) {
  return (
    <div className="nhsuk-width-container">
      {before}
      <main className="nhsuk-main-wrapper" id="maincontent" role="main">
        {children}
      </main>
    </div>
  );
}

export function Footer() {
  return (
    <footer role="contentinfo">
      <div className="nhsuk-footer">
        <div className="nhsuk-width-container">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <div className="nhsuk-footer__meta">
            <p className="nhsuk-body-s">&copy; NHS England</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
