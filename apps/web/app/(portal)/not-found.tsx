import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { SETTINGS_AREAS } from '@/lib/navigation';
import { fullTitle } from '@/lib/page-title';

/**
 * What notFound() shows inside the portal (HTTP 404): a wrong or old address, or something that has
 * been deleted since the page was opened, e.g. going Back to a template after deleting it.
 */
export default function PortalNotFound() {
  return (
    <PageShell>
      {/* only the root not-found may export metadata: React puts this title in the head */}
      <title>{fullTitle('Page not found')}</title>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Page not found</h1>
          <p>If you typed the web address, check it is correct.</p>
          <p>If you pasted the web address, check you copied the entire address.</p>
          <p>If you were looking at a template or a job role, it may have been deleted since.</p>
          <h2 className="nhsuk-heading-m">Go to</h2>
          <ul>
            {SETTINGS_AREAS.map((area) => (
              <li key={area.href}>
                <Link href={area.href}>{area.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </PageShell>
  );
}
