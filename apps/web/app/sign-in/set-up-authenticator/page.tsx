import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthenticatorSetUp } from '@/components/auth/authenticator-set-up';
import { RecoveryCodes } from '@/components/auth/recovery-codes';
import { SignInFrame } from '@/components/auth/sign-in-page';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { StartMfaEnrolmentMutation } from '@/lib/auth/sign-in';
import { currentChallenge, pendingRecoveryCodes } from '@/lib/auth/sign-in-steps';
import { env, portalOrigin } from '@/lib/env';
import { executeGraphQL } from '@/lib/graphql/execute';
import { isUnauthenticated } from '@/lib/graphql/result';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Set up your authenticator app' };

export default async function SetUpAuthenticatorPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, portalOrigin());
  const timedOut = `/sign-in?${new URLSearchParams({ callbackUrl, error: 'SignInTimedOut' })}`;
  const recoveryCodes = await pendingRecoveryCodes();
  if (recoveryCodes) {
    return (
      <SignInFrame>
        <RecoveryCodes codes={recoveryCodes} callbackUrl={callbackUrl} />
      </SignInFrame>
    );
  }
  const challenge = await currentChallenge();
  if (challenge?.kind !== 'MFA_ENROLMENT_REQUIRED') redirect(timedOut);
  // each visit makes a new secret (the API keeps only the latest): a reload shows a fresh QR code
  const result = await executeGraphQL(env().apiUrl, StartMfaEnrolmentMutation, { challengeToken: challenge.challengeToken });
  if (!result.ok && isUnauthenticated(result.error)) redirect(timedOut);
  if (!result.ok) throw new Error('The API did not start the authenticator set-up');
  const { secret, qrCodeSvg, issuer, accountName } = result.data.startMfaEnrolment;
  const qrCodeImage = `data:image/svg+xml;base64,${Buffer.from(qrCodeSvg, 'utf8').toString('base64')}`;
  return (
    <SignInFrame>
      <AuthenticatorSetUp details={{ secret, qrCodeImage, issuer, accountName }} callbackUrl={callbackUrl} />
    </SignInFrame>
  );
}
