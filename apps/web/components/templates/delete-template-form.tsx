'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup } from '@/components/nhsuk/form';
import { WarningCallout } from '@/components/nhsuk/layout-parts';
import { useMutationResult } from '@/lib/apollo/use-mutation-result';
import { useFormErrors } from '@/lib/forms/use-form-errors';
import { staffMembersText } from '@/lib/staff-members';
import { graphql } from '@/src/gql';

const DeleteTemplateMutation = graphql(`
  mutation DeleteCredentialsRequiredTemplate($id: ID!) {
    deleteCredentialsRequiredTemplate(id: $id) {
      deletedId
      nowInEffect {
        id
        name
      }
    }
  }
`);

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
  const router = useRouter();
  const { errors, fail } = useFormErrors();
  const [remove, { loading }] = useMutationResult(DeleteTemplateMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await remove({ id });
    if (!result.ok) return fail(result.error);
    const now = result.data.deleteCredentialsRequiredTemplate.nowInEffect.map((t) => t.name).join(', ');
    router.push(`/system-management/templates?deleted=${encodeURIComponent(name)}&nowInEffect=${encodeURIComponent(now)}`);
    router.refresh();
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Are you sure you want to delete {name}?</h1>
      <WarningCallout heading="The default template will apply again">
        {affectedStaffCount ? (
          <p>
            It applies to {staffMembersText(affectedStaffCount)} at the moment.
          </p>
        ) : null}
        <p>
          Staff this template covers will need the credentials of the default template for {staffGroupName} again (or of a custom template for the
          whole staff group, if there is one). This happens straight away.
        </p>
      </WarningCallout>
      <form onSubmit={onSubmit} noValidate>
        <ButtonGroup>
          <Button variant="warning" disabled={loading}>
            Yes, delete this template
          </Button>
          <Link className="nhsuk-link" href="/system-management/templates">
            No, go back
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
