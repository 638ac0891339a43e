'use client';

import Link from 'next/link';
import type { FormEvent } from 'react';
import { deleteTemplate } from '@/app/(portal)/system-management/templates/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup } from '@/components/nhsuk/form';
import { WarningCallout } from '@/components/nhsuk/layout-parts';
import { useServerAction } from '@/lib/actions/use-server-action';
import { TEMPLATES_PATH } from '@/lib/navigation';
import { staffMembersText } from '@/lib/staff-members';

export function DeleteTemplateForm({
  id,
  name,
  staffGroupName,
  affectedStaffCount,
}: {
  id: string;
  name: string;
  staffGroupName: string;
  /** How many staff members the template applies to now; null when not known. */
  affectedStaffCount: number | null;
}) {
  const { errors, run, pending } = useServerAction(deleteTemplate);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(id);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Are you sure you want to delete {name}?</h1>
      <WarningCallout heading="The default template will apply again">
        {affectedStaffCount ? <p>It applies to {staffMembersText(affectedStaffCount)} at the moment.</p> : null}
        <p>
          Staff this template covers will need the credentials of the default template for {staffGroupName} again (or of a custom template for the
          whole staff group, if there is one). This happens straight away.
        </p>
      </WarningCallout>
      <form onSubmit={onSubmit} noValidate>
        <ButtonGroup>
          <Button variant="warning" disabled={pending}>
            Yes, delete this template
          </Button>
          <Link className="nhsuk-link" href={TEMPLATES_PATH}>
            No, go back
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
