'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { graphql } from '@/src/gql';
import { useMutationResult } from '@/lib/apollo/use-mutation-result';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the API session first (so the token cannot be used again), then the portal's own. */
export function SignOutButton() {
  const [signOutOfApi] = useMutationResult(SignOutMutation);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="nhsuk-header__account-button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        // Whatever the API says (an expired token is fine), the portal session ends.
        await signOutOfApi({});
        await signOut({ callbackUrl: '/sign-in?signedOut=1' });
      }}
    >
      Sign out
    </button>
  );
}
