import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CodeForm } from '@/components/auth/code-form';
import { SignInFrame } from '@/components/auth/sign-in-page';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { currentChallenge } from '@/lib/auth/sign-in-steps';
import { portalOrigin } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Enter your security code' };

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, portalOrigin());
  const challenge = await currentChallenge();
  if (challenge?.kind !== 'MFA_REQUIRED') redirect(`/sign-in?${new URLSearchParams({ callbackUrl, error: 'SignInTimedOut' })}`);
  return (
    <SignInFrame>
      <CodeForm callbackUrl={callbackUrl} />
    </SignInFrame>
  );
}
