'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { ORGANISATION_PATH } from '@/lib/navigation';
import { inSentence } from '@/lib/teams';
import { graphql } from '@/src/gql';
import type { UpdateOrganisationContactInput } from '@/src/gql/graphql';

const UpdateContactMutation = graphql(`
  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {
    updateOrganisationContact(input: $input) {
      id
      label
    }
  }
`);

/** How the API stores what was typed: runs of white space as one space, email addresses in lower case. */
const tidy = (value: string | null | undefined, lowerCase = false) => {
  const text = (value ?? '').trim().replace(/\s+/g, ' ');
  return lowerCase ? text.toLowerCase() : text;
};

/**
 * Saves a contact. `current` is the contact as the form showed it: saved unchanged, nothing is sent and
 * the page says there was nothing to change (the API would record nothing either).
 */
export async function updateContact(
  input: UpdateOrganisationContactInput,
  current: { label: string; name: string; email: string | null; phone: string | null },
): Promise<ActionFailure | void> {
  const label = inSentence(current.label);
  const unchanged =
    tidy(input.name) === tidy(current.name) && tidy(input.email, true) === tidy(current.email, true) && tidy(input.phone) === tidy(current.phone);
  if (unchanged) {
    await setFlash({ kind: 'information', page: ORGANISATION_PATH, message: `Nothing was changed: the ${label} details are as they were` });
    redirect(ORGANISATION_PATH);
  }
  const result = await callApi(UpdateContactMutation, { input });
  if (!result.ok) return { error: result.error };
  await setFlash({ kind: 'success', page: ORGANISATION_PATH, message: `The ${inSentence(result.data.updateOrganisationContact.label)} details were changed successfully` });
  redirect(ORGANISATION_PATH);
}
