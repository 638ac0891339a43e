import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignInFlash } from '@/components/account/sign-in-flash';
import { SignInFrame } from '@/components/auth/sign-in-page';
import { InsetText } from '@/components/nhsuk/layout-parts';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { SESSION_EXPIRED_PATH, sessionState } from '@/lib/auth/session';
import { portalOrigin } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

/**
 * A user whose session the API still knows goes straight on; a cookie whose session is over is
 * cleared first (SESSION_EXPIRED_PATH), so this page never sends anyone back to a portal page that
 * would send them here again.
 */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, portalOrigin());
  const session = await sessionState();
  if (session.state === 'active') redirect(callbackUrl);
  if (session.state === 'ended') redirect(`${SESSION_EXPIRED_PATH}?${new URLSearchParams({ callbackUrl })}`);
  const error = session.state === 'unavailable' ? 'ServiceUnavailable' : (params.error ?? null);
  return (
    <SignInFrame>
      <SignInFlash />
      {params.signedOut ? <InsetText>You have signed out.</InsetText> : null}
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
    </SignInFrame>
  );
}
