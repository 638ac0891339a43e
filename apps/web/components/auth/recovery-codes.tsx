import { WarningCallout } from '@/components/nhsuk/layout-parts';
import { RECOVERY_CODES_SAVED_PATH } from '@/lib/auth/sign-in-steps';

/** The ten recovery codes of an authenticator set up just now: shown until the person says they saved them. */
export function RecoveryCodes({ codes, callbackUrl }: { codes: string[]; callbackUrl: string }) {
  return (
    <>
      <h1>Save your recovery codes</h1>
      <p>Your authenticator app is set up and you are signed in.</p>
      <p>If you lose your phone, you can sign in with one of these codes instead of a code from the app. Each code works once.</p>
      <WarningCallout heading="You will not see these codes again">
        <p>Print them or keep them in a password manager now. Anyone with a code and your password can sign in as you.</p>
      </WarningCallout>
      <ol className="nhsuk-list nhsuk-list--number" aria-label="Recovery codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <form method="get" action={RECOVERY_CODES_SAVED_PATH}>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <button type="submit" className="nhsuk-button" data-module="nhsuk-button">
          I have saved my recovery codes – continue
        </button>
      </form>
    </>
  );
}
