'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { saveAutoIssue } from '@/app/(portal)/system-management/credentials/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { useUnsavedChangesWarning } from '@/lib/forms/use-unsaved-changes-warning';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';
import { autoIssueChanges, countChanged, toggleCategory, type AutoIssueState } from './auto-issue';

export const AutoIssueFormCategoryFragment = graphql(`
  fragment AutoIssueForm_Category on CredentialCategory {
    id
    name
    credentials {
      id
      name
      autoIssue
    }
  }
`);

/**
 * Every credential's automatic issuance flag, grouped by category, saved together in one
 * mutation. A failed save keeps what the user ticked; leaving with ticks not saved asks first.
 */
export function AutoIssueForm(props: { catalogue: FragmentType<typeof AutoIssueFormCategoryFragment>[] }) {
  const categories = getFragmentData(AutoIssueFormCategoryFragment, props.catalogue);
  const initial = useMemo(() => {
    const state: AutoIssueState = {};
    for (const category of categories) for (const credential of category.credentials) state[credential.id] = credential.autoIssue ?? false;
    return state;
  }, [categories]);
  const [state, setState] = useState<AutoIssueState>(initial);
  const { errors, run, pending } = useServerAction(saveAutoIssue);
  const firstCredentialId = categories[0]?.credentials[0]?.id;
  const unsaved = countChanged(initial, state);
  useUnsavedChangesWarning(unsaved > 0 && !pending);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(autoIssueChanges(state));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} fieldIds={firstCredentialId ? { credentialIds: `credential-${firstCredentialId}`, categoryIds: `credential-${firstCredentialId}` } : {}} />
      {categories.map((category) => {
        const ids = category.credentials.map((c) => c.id);
        const allOn = ids.length > 0 && ids.every((id) => state[id]);
        return (
          <div className="nhsuk-form-group" key={category.id}>
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                <h2 className="nhsuk-fieldset__heading">{category.name}</h2>
              </legend>
              <div className="app-category-actions">
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  onClick={() => setState((current) => toggleCategory(current, ids))}
                >
                  {allOn ? 'Turn off automatic issuance for all' : 'Turn on automatic issuance for all'}
                  <span className="nhsuk-u-visually-hidden"> {category.name} credentials</span>
                </button>
              </div>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {category.credentials.map((credential) => (
                  <div className="nhsuk-checkboxes__item" key={credential.id}>
                    <input
                      className="nhsuk-checkboxes__input"
                      id={`credential-${credential.id}`}
                      name="credentialIds"
                      type="checkbox"
                      value={credential.id}
                      checked={state[credential.id] ?? false}
                      onChange={(event) => setState((current) => ({ ...current, [credential.id]: event.target.checked }))}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`credential-${credential.id}`}>
                      {credential.name}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        );
      })}
      <p className="nhsuk-body" aria-live="polite">
        {unsaved === 0 ? 'No unsaved changes.' : `${unsaved} unsaved ${unsaved === 1 ? 'change' : 'changes'}.`}
      </p>
      <Button disabled={pending}>Continue</Button>
    </form>
  );
}
