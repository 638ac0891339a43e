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

export async function updateContact(input: UpdateOrganisationContactInput): Promise<ActionFailure | void> {
  const result = await callApi(UpdateContactMutation, { input });
  if (!result.ok) return { error: result.error };
  await setFlash({ kind: 'success', page: ORGANISATION_PATH, message: `The ${inSentence(result.data.updateOrganisationContact.label)} details were changed successfully` });
  redirect(ORGANISATION_PATH);
}
