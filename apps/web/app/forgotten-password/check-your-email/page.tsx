import type { Metadata } from 'next';
import Link from 'next/link';
import { AnonymousPage } from '@/components/account/anonymous-page';
import { FORGOTTEN_PASSWORD_PATH } from '@/lib/account/paths';

export const metadata: Metadata = { title: 'Check your email' };

/** The same answer whether or not an account uses the address. */
export default function CheckYourEmailPage() {
  return (
    <AnonymousPage>
      <h1>Check your email</h1>
      <p>If an account uses this address, we have sent a link to it to set a new password. The link is valid for 1 hour and works once.</p>
      <p>
        If no email comes within a few minutes, check your junk or spam folder. You can also <Link href={FORGOTTEN_PASSWORD_PATH}>ask for another link</Link>.
      </p>
      <p>If you still get no email, your account may use another address: ask a Senior Portal Administrator at your trust.</p>
      <p>
        <Link href="/sign-in">Return to sign in</Link>
      </p>
    </AnonymousPage>
  );
}
