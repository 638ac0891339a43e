'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, Checkboxes, Select, TextInput } from '@/components/nhsuk/form';
import { useMutationResult } from '@/lib/apollo/use-mutation-result';
import { EMPLOYMENT_TYPE_NAMES, EMPLOYMENT_TYPES } from '@/lib/employment-types';
import { useFormErrors } from '@/lib/forms/use-form-errors';
import type { FieldError } from '@/lib/graphql/result';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';
import type { EmploymentType } from '@/src/gql/graphql';

export const TemplateFormStaffGroupFragment = graphql(`
  fragment TemplateForm_StaffGroup on StaffGroup {
    id
    code
    name
    jobRoles {
      id
      name
    }
  }
`);

export const TemplateFormCategoryFragment = graphql(`
  fragment TemplateForm_Category on CredentialCategory {
    id
    name
    credentials {
      id
      name
    }
  }
`);

export const TemplateFormTemplateFragment = graphql(`
  fragment TemplateForm_Template on CredentialsRequiredTemplate {
    id
    name
    staffGroup {
      id
    }
    jobRole {
      id
    }
    employmentTypes
    credentials {
      id
    }
    categories {
      id
    }
  }
`);

const CreateTemplateMutation = graphql(`
  mutation CreateCredentialsRequiredTemplate($input: CreateCredentialsRequiredTemplateInput!) {
    createCredentialsRequiredTemplate(input: $input) {
      id
      name
    }
  }
`);

const UpdateTemplateMutation = graphql(`
  mutation UpdateCredentialsRequiredTemplate($input: UpdateCredentialsRequiredTemplateInput!) {
    updateCredentialsRequiredTemplate(input: $input) {
      id
      name
    }
  }
`);

export interface TemplateFormValues {
  name: string;
  staffGroupId: string;
  jobRoleId: string;
  employmentTypes: EmploymentType[];
  credentialIds: string[];
  categoryIds: string[];
}

/** The checks that need no server: the API checks the rest (characters in the name, clashes). */
export function validateTemplate(values: TemplateFormValues): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.name.trim()) errors.push({ field: 'name', message: 'Enter a name for the template', code: 'REQUIRED' });
  if (!values.staffGroupId) errors.push({ field: 'staffGroupId', message: 'Select a staff group', code: 'REQUIRED' });
  if (values.employmentTypes.length === 0) errors.push({ field: 'employmentTypes', message: 'Select at least one employment type', code: 'REQUIRED' });
  if (values.credentialIds.length === 0 && values.categoryIds.length === 0) {
    errors.push({ field: 'credentialIds', message: 'Select at least one credential or category', code: 'REQUIRED' });
  }
  return errors;
}

export function TemplateForm(props: {
  staffGroups: FragmentType<typeof TemplateFormStaffGroupFragment>[];
  catalogue: FragmentType<typeof TemplateFormCategoryFragment>[];
  template?: FragmentType<typeof TemplateFormTemplateFragment>;
  preselect?: { staffGroupId?: string; jobRoleId?: string };
}) {
  const staffGroups = getFragmentData(TemplateFormStaffGroupFragment, props.staffGroups);
  const categories = getFragmentData(TemplateFormCategoryFragment, props.catalogue);
  const template = getFragmentData(TemplateFormTemplateFragment, props.template);
  const router = useRouter();
  const [values, setValues] = useState<TemplateFormValues>({
    name: template?.name ?? '',
    staffGroupId: template?.staffGroup.id ?? props.preselect?.staffGroupId ?? '',
    jobRoleId: template?.jobRole?.id ?? props.preselect?.jobRoleId ?? '',
    employmentTypes: template ? [...template.employmentTypes] : [],
    credentialIds: template?.credentials.map((c) => c.id) ?? [],
    categoryIds: template?.categories.map((c) => c.id) ?? [],
  });
  const { errors, setErrors, fail, byField } = useFormErrors();
  const [create, creating] = useMutationResult(CreateTemplateMutation);
  const [update, updating] = useMutationResult(UpdateTemplateMutation);
  const set = <K extends keyof TemplateFormValues>(key: K, value: TemplateFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const jobRoles = staffGroups.find((g) => g.id === values.staffGroupId)?.jobRoles ?? [];
  const firstCategoryId = categories[0] ? `category-${categories[0].id}` : 'name';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = validateTemplate(values);
    setErrors(invalid);
    if (invalid.length) return;
    const input = {
      name: values.name.trim(),
      staffGroupId: values.staffGroupId,
      jobRoleId: values.jobRoleId || null,
      employmentTypes: values.employmentTypes,
      credentialIds: values.credentialIds.filter((id) => !categories.some((c) => values.categoryIds.includes(c.id) && c.credentials.some((x) => x.id === id))),
      categoryIds: values.categoryIds,
    };
    const result = template ? await update({ input: { ...input, id: template.id } }) : await create({ input });
    if (!result.ok) return fail(result.error);
    const saved = 'createCredentialsRequiredTemplate' in result.data ? result.data.createCredentialsRequiredTemplate : result.data.updateCredentialsRequiredTemplate;
    router.push(`/system-management/templates?saved=${encodeURIComponent(saved.id)}`);
    router.refresh();
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ credentialIds: firstCategoryId, categoryIds: firstCategoryId, id: 'name' }} />
      <span className="nhsuk-caption-l">Credentials required templates</span>
      <h1>{template ? `Change ${template.name}` : 'Create a credentials required template'}</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="name"
          label="Template name"
          hint="Use letters, numbers, spaces and - ' & ( ) , . only"
          value={values.name}
          onChange={(v) => set('name', v)}
          error={byField.name}
        />
        <Select
          id="staffGroupId"
          label="Staff group"
          value={values.staffGroupId}
          onChange={(v) => setValues((current) => ({ ...current, staffGroupId: v, jobRoleId: '' }))}
          error={byField.staffGroupId}
          options={[{ value: '', label: 'Select a staff group' }, ...staffGroups.map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))]}
        />
        {jobRoles.length > 0 ? (
          <Select
            id="jobRoleId"
            label="Job role (optional)"
            hint="Choose a job role to apply this template only to that role"
            value={values.jobRoleId}
            onChange={(v) => set('jobRoleId', v)}
            error={byField.jobRoleId}
            options={[{ value: '', label: 'All job roles in this staff group' }, ...jobRoles.map((r) => ({ value: r.id, label: r.name }))]}
          />
        ) : null}
        <Checkboxes
          id="employmentTypes"
          name="employmentTypes"
          legend="Employment type"
          hint="Select all that apply"
          values={values.employmentTypes}
          onChange={(v) => set('employmentTypes', v as EmploymentType[])}
          error={byField.employmentTypes}
          options={EMPLOYMENT_TYPES.map((t) => ({ value: t, label: EMPLOYMENT_TYPE_NAMES[t] }))}
        />
        <div className={`nhsuk-form-group${byField.credentialIds || byField.categoryIds ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby="credentials-hint">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Credentials required</legend>
            <div className="nhsuk-hint" id="credentials-hint">
              Select whole categories (every credential in them, including ones added later) or single credentials
            </div>
            {byField.credentialIds || byField.categoryIds ? (
              <span className="nhsuk-error-message" id="credentials-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {byField.credentialIds ?? byField.categoryIds}
              </span>
            ) : null}
            {categories.map((category) => {
              const whole = values.categoryIds.includes(category.id);
              return (
                <div key={category.id} className="nhsuk-u-margin-bottom-5">
                  <div className="nhsuk-checkboxes">
                    <div className="nhsuk-checkboxes__item">
                      <input
                        className="nhsuk-checkboxes__input"
                        id={`category-${category.id}`}
                        type="checkbox"
                        name="categoryIds"
                        value={category.id}
                        checked={whole}
                        onChange={() => set('categoryIds', whole ? values.categoryIds.filter((id) => id !== category.id) : [...values.categoryIds, category.id])}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label nhsuk-u-font-weight-bold" htmlFor={`category-${category.id}`}>
                        All of {category.name}
                      </label>
                    </div>
                  </div>
                  {whole ? null : (
                    <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-u-margin-left-5" role="group" aria-label={`Single credentials in ${category.name}`}>
                      {category.credentials.map((credential) => {
                        const checked = values.credentialIds.includes(credential.id);
                        return (
                          <div className="nhsuk-checkboxes__item" key={credential.id}>
                            <input
                              className="nhsuk-checkboxes__input"
                              id={`credential-${credential.id}`}
                              type="checkbox"
                              name="credentialIds"
                              value={credential.id}
                              checked={checked}
                              onChange={() =>
                                set('credentialIds', checked ? values.credentialIds.filter((id) => id !== credential.id) : [...values.credentialIds, credential.id])
                              }
                            />
                            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`credential-${credential.id}`}>
                              {credential.name}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  )}
                </div>
              );
            })}
          </fieldset>
        </div>
        <ButtonGroup>
          <Button disabled={creating.loading || updating.loading}>Save template</Button>
          <Link className="nhsuk-link" href="/system-management/templates">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
