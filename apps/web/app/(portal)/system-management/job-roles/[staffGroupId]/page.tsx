import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JobRoleList } from '@/components/job-roles/job-role-list';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { SuccessBanner } from '@/components/nhsuk/notification-banner';
import { serverQuery } from '@/lib/apollo/server-client';
import { crumbsTo } from '@/lib/navigation';
import { StaffGroupJobRolesQuery } from '../staff-group-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Job roles' };

export default async function StaffGroupJobRolesPage({
  params,
  searchParams,
}: {
  params: Promise<{ staffGroupId: string }>;
  searchParams: Promise<{ added?: string; changed?: string; deleted?: string }>;
}) {
  const { staffGroupId } = await params;
  const { added, changed, deleted } = await searchParams;
  const data = await serverQuery(StaffGroupJobRolesQuery);
  const group = data.staffGroups.find((g) => g.id === staffGroupId);
  if (!group) notFound();
  const canChange = data.me?.canChangeSettings ?? false;
  return (
    <PageShell before={<Breadcrumbs items={crumbsTo({ href: '/system-management/job-roles', text: 'Manage job roles' })} />}>
      {added ? <SuccessBanner>The job role {added} has been created</SuccessBanner> : null}
      {changed ? <SuccessBanner>The job role {changed} has been saved</SuccessBanner> : null}
      {deleted ? <SuccessBanner>The job role {deleted} has been deleted</SuccessBanner> : null}
      <span className="nhsuk-caption-l">Manage job roles</span>
      <h1>{group.name}</h1>
      {canChange ? (
        <Link className="nhsuk-button" href={`/system-management/job-roles/${group.id}/new`} role="button" draggable={false}>
          Add a new job role
        </Link>
      ) : (
        <ReadOnlyNotice />
      )}
      <JobRoleList staffGroup={group} canChange={canChange} />
    </PageShell>
  );
}
