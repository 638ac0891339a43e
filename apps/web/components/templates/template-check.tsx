'use client';

import Link from 'next/link';
import type { FormEvent, ReactNode } from 'react';
import { saveTemplate } from '@/app/(portal)/system-management/templates/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import type { FieldError } from '@/lib/graphql/result';
import type { CreateCredentialsRequiredTemplateInput } from '@/src/gql/graphql';

/** Each field's Change link on the check page, where its errors link to. */
export const CHANGE_LINK_IDS: Record<string, string> = {
  name: 'change-name',
  staffGroupId: 'change-staff-group',
  jobRoleId: 'change-job-role',
  employmentTypes: 'change-employment-types',
  credentialIds: 'change-credentials',
  categoryIds: 'change-credentials',
};

/**
 * The check-your-answers step of a template (its answers are `children`): Save template creates or
 * changes it. A draft the API would not save shows its errors, linked to the rows' Change links,
 * and cannot be saved.
 */
export function TemplateCheck({
  templateId,
  input,
  problems,
  cancelHref,
  children,
}: {
  templateId: string | null;
  input: CreateCredentialsRequiredTemplateInput;
  problems: FieldError[];
  cancelHref: string;
  children: ReactNode;
}) {
  const { errors, run, pending } = useServerAction(saveTemplate);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(templateId, input);
  }

  return (
    <>
      <ErrorSummary errors={errors.length ? errors : problems} fieldIds={CHANGE_LINK_IDS} />
      <span className="nhsuk-caption-l">Credentials required templates</span>
      <h1>Check the template before you save it</h1>
      {children}
      {problems.length ? (
        <p>Change the answers the problems are about, then check the template again.</p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>When you save the template, it applies straight away to the staff it covers.</p>
          <ButtonGroup>
            <Button disabled={pending}>Save template</Button>
            <Link className="nhsuk-link" href={cancelHref}>
              Cancel
            </Link>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
