import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { serverQuery } from '@/lib/apollo/server-client';
import { isNationalAdministrator, settingsAreasFor, TRUSTS_PATH } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'System management' };

const SystemManagementQuery = graphql(`
  query SystemManagement {
    me {
      role
      canManagePortalUsers
    }
  }
`);

export default async function SystemManagementPage() {
  const { me } = await serverQuery(SystemManagementQuery);
  // A National Administrator has no trust whose settings they could manage.
  if (isNationalAdministrator(me)) redirect(TRUSTS_PATH);
  return (
    <PageShell before={<Breadcrumbs items={[{ href: '/', text: 'Home' }]} />}>
      <h1>System management</h1>
      <p className="nhsuk-lede-text">View and manage your trust&apos;s Digital Staff Passport settings.</p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {settingsAreasFor(me).map((area) => (
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
