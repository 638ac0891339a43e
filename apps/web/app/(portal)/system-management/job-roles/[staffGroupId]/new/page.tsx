import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AddJobRoleForm } from '@/components/job-roles/job-role-forms';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { serverQuery } from '@/lib/apollo/server-client';
import { StaffGroupJobRolesQuery } from '../../staff-group-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a new job role' };

export default async function NewJobRolePage({ params }: { params: Promise<{ staffGroupId: string }> }) {
  const { staffGroupId } = await params;
  const data = await serverQuery(StaffGroupJobRolesQuery);
  const group = data.staffGroups.find((g) => g.id === staffGroupId);
  if (!group) notFound();
  const back = `/system-management/job-roles/${group.id}`;
  return (
    <PageShell before={<BackLink href={back} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.canChangeSettings ? <AddJobRoleForm staffGroupId={group.id} staffGroupName={group.name} nameHint={data.nameRule.hint} /> : <CannotChange backHref={back} />}
        </div>
      </div>
    </PageShell>
  );
}
