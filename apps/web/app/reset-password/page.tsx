import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { AnonymousPage } from '@/components/account/anonymous-page';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { FORGOTTEN_PASSWORD_PATH } from '@/lib/account/paths';
import { RESET_TOKEN_COOKIE } from '@/lib/account/password-reset-link';

export const dynamic = 'force-dynamic';

const hasResetToken = async () => Boolean((await cookies()).get(RESET_TOKEN_COOKIE)?.value);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await hasResetToken()) ? 'Create a new password' : 'Your password reset link does not work', referrer: 'no-referrer' };
}

/**
 * Reached from the emailed link, whose token proxy.ts has put in a cookie. Without one (a link that
 * expired, was used, or was never ours) the page says so and offers a new link.
 */
export default async function ResetPasswordPage() {
  if (await hasResetToken()) {
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
