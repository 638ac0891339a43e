import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { cache } from 'react';
import { AnonymousPage } from '@/components/account/anonymous-page';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { FORGOTTEN_PASSWORD_PATH } from '@/lib/account/paths';
import { RESET_TOKEN_COOKIE } from '@/lib/account/password-reset-link';
import { env } from '@/lib/env';
import { executeGraphQL } from '@/lib/graphql/execute';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';

const PasswordResetLinkQuery = graphql(`
  query PasswordResetLink($token: String!) {
    passwordResetLink(token: $token) {
      expiresAt
    }
  }
`);

/** Whether the link this browser came with still works, asked once per request. */
const linkWorks = cache(async (): Promise<boolean> => {
  const token = (await cookies()).get(RESET_TOKEN_COOKIE)?.value;
  if (!token) return false;
  const result = await executeGraphQL(env().apiUrl, PasswordResetLinkQuery, { token });
  // when the API cannot say, the form shows: sending it gets the API's own answer
  if (!result.ok) return true;
  return result.data.passwordResetLink !== null;
});

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await linkWorks()) ? 'Create a new password' : 'Your password reset link does not work', referrer: 'no-referrer' };
}

/**
 * Reached from the emailed link, whose token proxy.ts has put in a cookie. A link that expired, was
 * used, or was never ours gets a page that says so and offers a new one.
 */
export default async function ResetPasswordPage() {
  if (await linkWorks()) {
    return (
      <AnonymousPage>
        <ResetPasswordForm />
      </AnonymousPage>
    );
  }
  return (
    <AnonymousPage>
      <h1>Your password reset link does not work</h1>
      <p>The link has expired or has already been used. A link works once, for 1 hour after we send it.</p>
      <p>
        <Link className="nhsuk-button" href={FORGOTTEN_PASSWORD_PATH} role="button" draggable={false}>
          Ask for a new link
        </Link>
      </p>
      <p>
        <Link href="/sign-in">Return to sign in</Link>
      </p>
    </AnonymousPage>
  );
}
