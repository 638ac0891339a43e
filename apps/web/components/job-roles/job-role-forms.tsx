'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, Radios, TextInput } from '@/components/nhsuk/form';
import { useMutationResult } from '@/lib/apollo/use-mutation-result';
import { useFormErrors } from '@/lib/forms/use-form-errors';
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

export type NextStep = 'create-template' | 'back' | 'cancel';

export const NEXT_STEPS: { value: NextStep; label: string }[] = [
  { value: 'create-template', label: 'Create job role and create a credentials required policy' },
  { value: 'back', label: 'Create job role and go back to manage job roles' },
  { value: 'cancel', label: 'Cancel and go back to manage job roles' },
];

const managePath = (staffGroupId: string) => `/system-management/job-roles/${staffGroupId}`;

export function AddJobRoleForm({ staffGroupId, staffGroupName }: { staffGroupId: string; staffGroupName: string }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [next, setNext] = useState<string>('');
  const { errors, setErrors, fail, byField } = useFormErrors();
  const [create, { loading }] = useMutationResult(CreateJobRoleMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (next === 'cancel') {
      router.push(managePath(staffGroupId));
      return;
    }
    const invalid = [
      ...(name.trim() ? [] : [{ field: 'name', message: 'Enter a name for the job role', code: 'REQUIRED' }]),
      ...(next ? [] : [{ field: 'next', message: 'Select what you want to do next', code: 'REQUIRED' }]),
    ];
    setErrors(invalid);
    if (invalid.length) return;
    const result = await create({ input: { staffGroupId, name: name.trim() } });
    if (!result.ok) return fail(result.error);
    const role = result.data.createJobRole;
    if (next === 'create-template') {
      router.push(`/system-management/templates/new?staffGroupId=${encodeURIComponent(staffGroupId)}&jobRoleId=${encodeURIComponent(role.id)}`);
    } else {
      router.push(`${managePath(staffGroupId)}?added=${encodeURIComponent(role.name)}`);
    }
    router.refresh();
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ staffGroupId: 'name' }} />
      <span className="nhsuk-caption-l">{staffGroupName}</span>
      <h1>Add a new job role</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="name" label="Job role name" value={name} onChange={setName} error={byField.name} />
        <Radios id="next" name="next" legend="What do you want to do next?" legendSize="s" value={next} onChange={setNext} error={byField.next} options={NEXT_STEPS} />
        <Button disabled={loading}>Continue</Button>
      </form>
    </>
  );
}

export function ChangeJobRoleForm({ staffGroupId, jobRole }: { staffGroupId: string; jobRole: { id: string; name: string } }) {
  const router = useRouter();
  const [name, setName] = useState(jobRole.name);
  const { errors, setErrors, fail, byField } = useFormErrors();
  const [update, { loading }] = useMutationResult(UpdateJobRoleMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors([{ field: 'name', message: 'Enter a name for the job role', code: 'REQUIRED' }]);
      return;
    }
    const result = await update({ input: { id: jobRole.id, name: name.trim() } });
    if (!result.ok) return fail(result.error);
    router.push(`${managePath(staffGroupId)}?changed=${encodeURIComponent(result.data.updateJobRole.name)}`);
    router.refresh();
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ id: 'name' }} />
      <h1>Change the job role {jobRole.name}</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="name" label="Job role name" value={name} onChange={setName} error={byField.name} />
        <ButtonGroup>
          <Button disabled={loading}>Save job role</Button>
          <Link className="nhsuk-link" href={managePath(staffGroupId)}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

export function DeleteJobRoleForm({ staffGroupId, jobRole, templateCount }: { staffGroupId: string; jobRole: { id: string; name: string }; templateCount: number }) {
  const router = useRouter();
  const { errors, fail } = useFormErrors();
  const [remove, { loading }] = useMutationResult(DeleteJobRoleMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await remove({ id: jobRole.id });
    if (!result.ok) return fail(result.error);
    router.push(`${managePath(staffGroupId)}?deleted=${encodeURIComponent(jobRole.name)}`);
    router.refresh();
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Are you sure you want to delete the job role {jobRole.name}?</h1>
      {templateCount > 0 ? (
        <p>
          {templateCount === 1 ? 'A custom template applies' : `${templateCount} custom templates apply`} to this job role. Staff in this job role will
          need the credentials of the staff group&apos;s template instead.
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <ButtonGroup>
          <Button variant="warning" disabled={loading}>
            Yes, delete this job role
          </Button>
          <Link className="nhsuk-link" href={managePath(staffGroupId)}>
            No, go back
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
