'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { checkTemplate } from '@/app/(portal)/system-management/templates/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, Checkboxes, Select, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { EMPLOYMENT_TYPE_NAMES, EMPLOYMENT_TYPES } from '@/lib/employment-types';
import { TEMPLATES_PATH } from '@/lib/navigation';
import { templateInput, validateTemplate, type TemplateDraft } from '@/lib/template-draft';
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

/**
 * A template's settings. Continue has the API check them as saving would, then goes to the
 * check-your-answers page; nothing is saved until that page's Save.
 */
export function TemplateForm(props: {
  staffGroups: FragmentType<typeof TemplateFormStaffGroupFragment>[];
  catalogue: FragmentType<typeof TemplateFormCategoryFragment>[];
  /** The template being changed; absent for a new one. */
  template?: { id: string; name: string };
  initial: TemplateDraft;
  /** The API's rule for names (nameRule), the same for templates and job roles. */
  nameHint: string;
}) {
  const staffGroups = getFragmentData(TemplateFormStaffGroupFragment, props.staffGroups);
  const categories = getFragmentData(TemplateFormCategoryFragment, props.catalogue);
  const { template } = props;
  const [values, setValues] = useState<TemplateDraft>(props.initial);
  const { errors, setErrors, byField, run, pending } = useServerAction(checkTemplate);
  const set = <K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K]) => setValues((v) => ({ ...v, [key]: value }));
  const jobRoles = staffGroups.find((g) => g.id === values.staffGroupId)?.jobRoles ?? [];
  const firstCategoryId = categories[0] ? `category-${categories[0].id}` : 'name';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = validateTemplate(values);
    setErrors(invalid);
    if (invalid.length) return;
    run(template?.id ?? null, values, templateInput(values, categories));
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ credentialIds: firstCategoryId, categoryIds: firstCategoryId }} />
      <span className="nhsuk-caption-l">Credentials required templates</span>
      <h1>{template ? `Change ${template.name}` : 'Create a credentials required template'}</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="name"
          label="Template name"
          hint={props.nameHint}
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
          <Button disabled={pending}>Continue</Button>
          <Link className="nhsuk-link" href={template ? `${TEMPLATES_PATH}/${template.id}` : TEMPLATES_PATH}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
