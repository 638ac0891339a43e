import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteJobRoleForm } from '@/components/job-roles/job-role-forms';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { serverQuery } from '@/lib/apollo/server-client';
import { TEMPLATES_PATH, jobRolesPath } from '@/lib/navigation';
import { StaffGroupJobRolesQuery } from '../../../staff-group-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Delete job role' };

/** A job role a template uses cannot be deleted: the page says so up front and names the templates. */
function TemplatesUseIt({ jobRole, templates, back }: { jobRole: string; templates: { id: string; name: string }[]; back: string }) {
  const one = templates.length === 1;
  return (
    <>
      <h1>You cannot delete the job role {jobRole}</h1>
      <p>
        {one ? 'A credentials required template uses' : `${templates.length} credentials required templates use`} this job role. Change {one ? 'it' : 'them'} to
        another job role, or delete {one ? 'it' : 'them'}, before you delete the job role.
      </p>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            <Link href={`${TEMPLATES_PATH}/${template.id}`}>{template.name}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={back}>Go back to manage job roles</Link>
      </p>
    </>
  );
}

export default async function Page({ params }: { params: Promise<{ staffGroupId: string; jobRoleId: string }> }) {
  const { staffGroupId, jobRoleId } = await params;
  const data = await serverQuery(StaffGroupJobRolesQuery);
  const group = data.staffGroups.find((g) => g.id === staffGroupId);
  const role = group?.jobRoles.find((r) => r.id === jobRoleId);
  if (!group || !role) notFound();
  const back = jobRolesPath(group.id);
  let content;
  if (!data.me?.canChangeSettings) content = <CannotChange backHref={back} />;
  else if (role.templates.length > 0) content = <TemplatesUseIt jobRole={role.name} templates={role.templates} back={back} />;
  else content = <DeleteJobRoleForm staffGroupId={group.id} jobRole={{ id: role.id, name: role.name }} />;
  return (
    <PageShell before={<BackLink href={back} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{content}</div>
      </div>
    </PageShell>
  );
}
