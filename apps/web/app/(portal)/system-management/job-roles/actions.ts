'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { TEMPLATES_PATH, jobRolesPath } from '@/lib/navigation';
import { graphql } from '@/src/gql';

const CreateJobRoleMutation = graphql(`
  mutation CreateJobRole($input: CreateJobRoleInput!) {
    createJobRole(input: $input) {
      id
      name
    }
  }
`);

const UpdateJobRoleMutation = graphql(`
  mutation UpdateJobRole($input: UpdateJobRoleInput!) {
    updateJobRole(input: $input) {
      id
      name
    }
  }
`);

const DeleteJobRoleMutation = graphql(`
  mutation DeleteJobRole($id: ID!) {
    deleteJobRole(id: $id) {
      deletedId
    }
  }
`);

const JobRoleNamesQuery = graphql(`
  query JobRoleNames {
    staffGroups {
      id
      jobRoles {
        id
        name
      }
    }
  }
`);

/** `next`: go on to create the job role's template, or back to the staff group's job roles. */
export async function createJobRole(staffGroupId: string, name: string, next: 'create-template' | 'back'): Promise<ActionFailure | void> {
  const result = await callApi(CreateJobRoleMutation, { input: { staffGroupId, name } });
  if (!result.ok) return { error: result.error };
  const role = result.data.createJobRole;
  if (next === 'create-template') {
    const page = `${TEMPLATES_PATH}/new`;
    await setFlash({ kind: 'success', page, message: `The job role ${role.name} has been created. Now create its credentials required template.` });
    redirect(`${page}?${new URLSearchParams({ staffGroupId, jobRoleId: role.id }).toString()}`);
  }
  await setFlash({ kind: 'success', page: jobRolesPath(staffGroupId), message: `The job role ${role.name} has been created` });
  redirect(jobRolesPath(staffGroupId));
}

/** Renames a job role; the name it already has changes nothing, and the page says so. */
export async function renameJobRole(staffGroupId: string, id: string, name: string, currentName: string): Promise<ActionFailure | void> {
  if (name.trim().replace(/\s+/g, ' ') === currentName) {
    await setFlash({ kind: 'information', page: jobRolesPath(staffGroupId), message: `Nothing was changed: the job role is still called ${currentName}` });
    redirect(jobRolesPath(staffGroupId));
  }
  const result = await callApi(UpdateJobRoleMutation, { input: { id, name } });
  if (!result.ok) return { error: result.error };
  await setFlash({ kind: 'success', page: jobRolesPath(staffGroupId), message: `The job role ${result.data.updateJobRole.name} has been saved` });
  redirect(jobRolesPath(staffGroupId));
}

export async function deleteJobRole(staffGroupId: string, id: string): Promise<ActionFailure | void> {
  const names = await callApi(JobRoleNamesQuery, {});
  if (!names.ok) return { error: names.error };
  const name = names.data.staffGroups.flatMap((group) => group.jobRoles).find((role) => role.id === id)?.name;
  const result = await callApi(DeleteJobRoleMutation, { id });
  if (!result.ok) return { error: result.error };
  await setFlash({ kind: 'success', page: jobRolesPath(staffGroupId), message: name ? `The job role ${name} has been deleted` : 'The job role has been deleted' });
  redirect(jobRolesPath(staffGroupId));
}
