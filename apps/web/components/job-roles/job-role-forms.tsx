'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createJobRole, deleteJobRole, renameJobRole } from '@/app/(portal)/system-management/job-roles/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, Radios, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { jobRolesPath } from '@/lib/navigation';

export type NextStep = 'create-template' | 'back' | 'cancel';

export const NEXT_STEPS: { value: NextStep; label: string }[] = [
  { value: 'create-template', label: 'Create job role and create a ‘credentials required’ policy' },
  { value: 'back', label: 'Create job role and go back to manage job roles' },
  { value: 'cancel', label: 'Cancel and go back to manage job roles' },
];

export function AddJobRoleForm({ staffGroupId, staffGroupName, nameHint }: { staffGroupId: string; staffGroupName: string; nameHint: string }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [next, setNext] = useState<string>('');
  const { errors, setErrors, byField, run, pending } = useServerAction(createJobRole);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (next === 'cancel') {
      router.push(jobRolesPath(staffGroupId));
      return;
    }
    const invalid = [
      ...(name.trim() ? [] : [{ field: 'name', message: 'Enter a name for the job role', code: 'REQUIRED' }]),
      ...(next ? [] : [{ field: 'next', message: 'Select what you want to do next', code: 'REQUIRED' }]),
    ];
    setErrors(invalid);
    if (invalid.length) return;
    run(staffGroupId, name.trim(), next === 'create-template' ? 'create-template' : 'back');
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ staffGroupId: 'name' }} />
      <span className="nhsuk-caption-l">{staffGroupName}</span>
      <h1>Add a new job role</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="name" label="Job role name" hint={nameHint} value={name} onChange={setName} error={byField.name} />
        <Radios id="next" name="next" legend="What do you want to do next?" legendSize="s" value={next} onChange={setNext} error={byField.next} options={NEXT_STEPS} />
        <Button disabled={pending}>Continue</Button>
      </form>
    </>
  );
}

export function ChangeJobRoleForm({
  staffGroupId,
  jobRole,
  nameHint,
}: {
  staffGroupId: string;
  jobRole: { id: string; name: string };
  nameHint: string;
}) {
  const [name, setName] = useState(jobRole.name);
  const { errors, setErrors, byField, run, pending } = useServerAction(renameJobRole);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors([{ field: 'name', message: 'Enter a name for the job role', code: 'REQUIRED' }]);
      return;
    }
    run(staffGroupId, jobRole.id, name.trim(), jobRole.name);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Change the job role {jobRole.name}</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="name" label="Job role name" hint={nameHint} value={name} onChange={setName} error={byField.name} />
        <ButtonGroup>
          <Button disabled={pending}>Save job role</Button>
          <Link className="nhsuk-link" href={jobRolesPath(staffGroupId)}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Only for a job role no template uses: the page says so instead when one does. */
export function DeleteJobRoleForm({ staffGroupId, jobRole }: { staffGroupId: string; jobRole: { id: string; name: string } }) {
  const { errors, run, pending } = useServerAction(deleteJobRole);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(staffGroupId, jobRole.id);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Are you sure you want to delete the job role {jobRole.name}?</h1>
      <p>No credentials required template uses this job role, so what its staff members need does not change.</p>
      <form onSubmit={onSubmit} noValidate>
        <ButtonGroup>
          <Button variant="warning" disabled={pending}>
            Yes, delete this job role
          </Button>
          <Link className="nhsuk-link" href={jobRolesPath(staffGroupId)}>
            No, go back
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
