import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { ResponsiveTable } from '@/components/nhsuk/table';
import { serverQuery } from '@/lib/apollo/server-client';
import { SYSTEM_MANAGEMENT_CRUMBS, jobRolesPath } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Manage job roles' };

const JobRolesPageQuery = graphql(`
  query JobRolesPage {
    me {
      canChangeSettings
    }
    staffGroups {
      id
      code
      name
      jobRoles {
        id
      }
    }
  }
`);

export default async function JobRolesPage() {
  const data = await serverQuery(JobRolesPageQuery);
  const canChange = data.me?.canChangeSettings ?? false;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      <h1>Manage job roles</h1>
      <p>Job roles belong to a staff group. Choose a staff group to {canChange ? 'see and change' : 'see'} its job roles.</p>
      {canChange ? null : <ReadOnlyNotice />}
      <ResponsiveTable
        caption="Staff groups"
        captionHidden
        headers={['Code', 'Staff group', 'Job roles']}
        rows={data.staffGroups.map((group) => ({
          key: group.id,
          cells: [
            group.code,
            <Link key="name" href={jobRolesPath(group.id)}>
              {group.name}
            </Link>,
            group.jobRoles.length === 1 ? '1 job role' : `${group.jobRoles.length} job roles`,
          ],
        }))}
      />
    </PageShell>
  );
}
