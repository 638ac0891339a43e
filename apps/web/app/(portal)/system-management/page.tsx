import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { SETTINGS_AREAS } from '@/lib/navigation';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'System management' };


export default function SystemManagementPage() {
  return (
    <PageShell before={<Breadcrumbs items={[{ href: '/', text: 'Home' }]} />}>
      <h1>System management</h1>
      <p className="nhsuk-lede-text">View and manage your trust&apos;s Digital Staff Passport settings.</p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {SETTINGS_AREAS.map((area) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={area.href}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <Link className="nhsuk-card__link" href={area.href}>
                    {area.title}
                  </Link>
                </h2>
                <p className="nhsuk-card__description">{area.description}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
