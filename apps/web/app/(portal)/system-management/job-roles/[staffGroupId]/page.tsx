import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JobRoleList } from '@/components/job-roles/job-role-list';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { JOB_ROLES_PATH, crumbsTo, jobRolesPath } from '@/lib/navigation';
import { StaffGroupJobRolesQuery } from '../staff-group-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Job roles' };

export default async function StaffGroupJobRolesPage({ params }: { params: Promise<{ staffGroupId: string }> }) {
  const { staffGroupId } = await params;
  const data = await serverQuery(StaffGroupJobRolesQuery);
  const group = data.staffGroups.find((g) => g.id === staffGroupId);
  if (!group) notFound();
  const flash = await flashFor(jobRolesPath(group.id));
  const canChange = data.me?.canChangeSettings ?? false;
  return (
    <PageShell before={<Breadcrumbs items={crumbsTo({ href: JOB_ROLES_PATH, text: 'Manage job roles' })} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <span className="nhsuk-caption-l">Manage job roles</span>
      <h1>{group.name}</h1>
      {canChange ? (
        <Link className="nhsuk-button" href={`${jobRolesPath(group.id)}/new`} role="button" draggable={false}>
          Add a new job role
        </Link>
      ) : (
        <ReadOnlyNotice />
      )}
      <JobRoleList staffGroup={group} canChange={canChange} />
    </PageShell>
  );
}
