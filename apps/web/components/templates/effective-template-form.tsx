'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, Radios, Select } from '@/components/nhsuk/form';
import { EMPLOYMENT_TYPE_NAMES, EMPLOYMENT_TYPES } from '@/lib/employment-types';
import type { FieldError } from '@/lib/graphql/result';
import { getFragmentData, type FragmentType } from '@/src/gql';
import { TemplateFormStaffGroupFragment } from './template-form';

/** Picks a staff group, employment type and job role; the page then shows the template that applies. */
export function EffectiveTemplateForm(props: {
  staffGroups: FragmentType<typeof TemplateFormStaffGroupFragment>[];
  initial: { staffGroupId: string; employmentType: string; jobRoleId: string };
  apiErrors?: FieldError[];
}) {
  const staffGroups = getFragmentData(TemplateFormStaffGroupFragment, props.staffGroups);
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<FieldError[]>(props.apiErrors ?? []);
  const jobRoles = staffGroups.find((g) => g.id === values.staffGroupId)?.jobRoles ?? [];
  const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid: FieldError[] = [];
    if (!values.staffGroupId) invalid.push({ field: 'staffGroupId', message: 'Select a staff group', code: 'REQUIRED' });
    if (!values.employmentType) invalid.push({ field: 'employmentType', message: 'Select an employment type', code: 'REQUIRED' });
    setErrors(invalid);
    if (invalid.length) return;
    const query = new URLSearchParams({ staffGroupId: values.staffGroupId, employmentType: values.employmentType });
    if (values.jobRoleId) query.set('jobRoleId', values.jobRoleId);
    router.push(`/system-management/templates/effective?${query.toString()}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <Select
        id="staffGroupId"
        label="Staff group"
        value={values.staffGroupId}
        error={byField.staffGroupId}
        onChange={(v) => setValues((c) => ({ ...c, staffGroupId: v, jobRoleId: '' }))}
        options={[{ value: '', label: 'Select a staff group' }, ...staffGroups.map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))]}
      />
      <Radios
        id="employmentType"
        name="employmentType"
        legend="Employment type"
        legendSize="s"
        value={values.employmentType}
        error={byField.employmentType}
        onChange={(v) => setValues((c) => ({ ...c, employmentType: v }))}
        options={EMPLOYMENT_TYPES.map((t) => ({ value: t, label: EMPLOYMENT_TYPE_NAMES[t] }))}
      />
      {jobRoles.length > 0 ? (
        <Select
          id="jobRoleId"
          label="Job role (optional)"
          value={values.jobRoleId}
          error={byField.jobRoleId}
          onChange={(v) => setValues((c) => ({ ...c, jobRoleId: v }))}
          options={[{ value: '', label: 'No job role' }, ...jobRoles.map((r) => ({ value: r.id, label: r.name }))]}
        />
      ) : null}
      <Button>Check template</Button>
    </form>
  );
}
