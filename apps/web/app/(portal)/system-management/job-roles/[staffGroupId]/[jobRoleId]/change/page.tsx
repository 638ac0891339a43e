import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangeJobRoleForm } from '@/components/job-roles/job-role-forms';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { serverQuery } from '@/lib/apollo/server-client';
import { StaffGroupJobRolesQuery } from '../../../staff-group-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change job role' };

export default async function Page({ params }: { params: Promise<{ staffGroupId: string; jobRoleId: string }> }) {
  const { staffGroupId, jobRoleId } = await params;
  const data = await serverQuery(StaffGroupJobRolesQuery);
  const group = data.staffGroups.find((g) => g.id === staffGroupId);
  const role = group?.jobRoles.find((r) => r.id === jobRoleId);
  if (!group || !role) notFound();
  const back = `/system-management/job-roles/${group.id}`;
  return (
    <PageShell before={<BackLink href={back} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.canChangeSettings ? <ChangeJobRoleForm staffGroupId={group.id} jobRole={{ id: role.id, name: role.name }} nameHint={data.nameRule.hint} /> : <CannotChange backHref={back} />}
        </div>
      </div>
    </PageShell>
  );
}
