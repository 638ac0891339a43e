'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { confirmAuthenticator } from '@/app/sign-in/actions';
import { ErrorSummary, messagesByField } from '@/components/nhsuk/error-summary';
import { InsetText } from '@/components/nhsuk/layout-parts';
import { SecurityCodeForm } from './security-code-form';
import { useSignInStep } from './sign-in-step';

export interface AuthenticatorDetails {
  secret: string;
  /** The API's QR code as a data: URL (the page's policy allows images from data: only). */
  qrCodeImage: string;
  issuer: string;
  accountName: string;
}

/** The secret in groups of four, as authenticator apps that cannot scan ask for it to be typed. */
export const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Setting up an authenticator app at first sign-in: the QR code (made by the API, shown as an image so
 * that no markup from elsewhere is put into the page) and the secret as text; then the first code
 * confirms it, and the page shows the ten recovery codes (RecoveryCodes).
 */
export function AuthenticatorSetUp({ details, callbackUrl }: { details: AuthenticatorDetails; callbackUrl: string }) {
  const [code, setCode] = useState('');
  const step = useSignInStep(callbackUrl);
  const byField = messagesByField(step.errors);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // signed in, this page shows the recovery codes the step kept for it (a fresh render of the page)
    const outcome = await step.run(() => confirmAuthenticator(code), { stay: true });
    if (outcome?.next === 'signed-in') step.refresh();
    else if (!outcome) setCode('');
  }

  return (
    <>
      <ErrorSummary errors={step.errors} />
      <h1>Set up your authenticator app</h1>
      <p>Your account needs a second way to prove it is you when you sign in: a code from an authenticator app on your phone.</p>
      {step.restart ? (
        <p>
          <Link href={`/sign-in?${new URLSearchParams({ callbackUrl })}`}>Sign in again</Link>
        </p>
      ) : (
        <>
          <h2 className="nhsuk-heading-m">1. Add your account to the app</h2>
          <p>Open an authenticator app (for example Microsoft Authenticator or Google Authenticator) and scan this QR code.</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made by the API: nothing to optimise */}
          <img
            src={details.qrCodeImage}
            alt={`QR code to add ${details.accountName} to an authenticator app`}
            width={200}
            height={200}
          />
          <InsetText>
            <p>If you cannot scan it, choose to enter a key in the app and type:</p>
            <p>
              Account: <strong>{details.accountName}</strong>
              <br />
              Key: <strong data-testid="totp-secret">{groupedSecret(details.secret)}</strong>
              <br />
              Type: time-based
            </p>
          </InsetText>
          <h2 className="nhsuk-heading-m">2. Enter the code the app shows</h2>
          <SecurityCodeForm
            hint="The 6-digit code for NHS Digital Staff Passport. It changes every 30 seconds."
            code={code}
            onCodeChange={setCode}
            error={byField.code}
            busy={step.busy}
            onSubmit={onSubmit}
            numeric
          />
        </>
      )}
    </>
  );
}
