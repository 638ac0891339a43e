import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { SummaryList } from '@/components/nhsuk/summary-list';
import { serverQuery } from '@/lib/apollo/server-client';
import { SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
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
      <p>Job roles belong to a staff group. Choose a staff group to see its job roles.</p>
      {canChange ? null : <ReadOnlyNotice />}
      <SummaryList
        rows={data.staffGroups.map((group) => ({
          key: `${group.code} ${group.name}`,
          value: group.jobRoles.length === 1 ? '1 job role' : `${group.jobRoles.length} job roles`,
          action: {
            href: `/system-management/job-roles/${group.id}`,
            text: canChange ? 'Manage' : 'View',
            visuallyHiddenText: `job roles in ${group.name}`,
          },
        }))}
      />
    </PageShell>
  );
}
