'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { CREDENTIALS_PATH } from '@/lib/navigation';
import { graphql } from '@/src/gql';
import type { AutoIssueChangeInput } from '@/src/gql/graphql';

const SetAutoIssueMutation = graphql(`
  mutation SetAutoIssue($input: SetAutoIssueInput!) {
    setAutoIssue(input: $input) {
      changedCount
    }
  }
`);

/** Saves every credential's flag at once; says how many changed, or that nothing did. */
export async function saveAutoIssue(changes: AutoIssueChangeInput[]): Promise<ActionFailure | void> {
  const result = await callApi(SetAutoIssueMutation, { input: { changes } });
  if (!result.ok) return { error: result.error };
  const changed = result.data.setAutoIssue.changedCount;
  await setFlash(
    changed === 0
      ? { kind: 'information', page: CREDENTIALS_PATH, message: 'There was nothing to save: no automatic issuance setting was changed.' }
      : {
          kind: 'success',
          page: CREDENTIALS_PATH,
          message: `Automatic issuance settings have been saved: ${changed} ${changed === 1 ? 'credential was' : 'credentials were'} changed.`,
        },
  );
  redirect(CREDENTIALS_PATH);
}
