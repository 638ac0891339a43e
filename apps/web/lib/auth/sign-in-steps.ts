import { cookies } from 'next/headers';
import { decode, encode, type JWT } from 'next-auth/jwt';
import { env, servedOverHttps } from '@/lib/env';
import type { CallError, FieldError } from '@/lib/graphql/result';
import { getFragmentData, type FragmentType } from '@/src/gql';
import { signInFailureErrors, SignInStepFragment } from './sign-in';

/**
 * Signing in takes up to three steps (password, then a code or setting up an authenticator app), each
 * a server action. Between steps, the API's challenge token waits in an encrypted HttpOnly cookie, so
 * page scripts never hold it. The last step leaves the session's API token in a second such cookie
 * for a minute: the browser then asks next-auth to sign in with the `handover` provider, which reads
 * it, so next-auth alone makes the session cookie, as for any other sign-in.
 */

export type ChallengeKind = 'MFA_REQUIRED' | 'MFA_ENROLMENT_REQUIRED';

export interface Challenge {
  challengeToken: string;
  kind: ChallengeKind;
}

export interface Handover {
  apiToken: string;
  apiTokenExpiresAt: string;
  id: string;
  name: string;
  role: string | null;
  canChangeSettings: boolean;
}

/** Where a step leaves the person; `signed-in` means the handover cookie is set. */
export type StepOutcome =
  | { next: 'signed-in' }
  | { next: 'code' }
  | { next: 'set-up-authenticator' }
  /** `restart`: the challenge is over (timed out, used, account changed): only signing in again helps. */
  | { next: 'failed'; errors: FieldError[]; restart?: boolean };

const CHALLENGE_COOKIE = 'sps-sign-in-challenge';
const HANDOVER_COOKIE = 'sps-sign-in-handover';
const RECOVERY_CODES_COOKIE = 'sps-recovery-codes';
// distinct salts: a sealed challenge can never be read as a handover, nor either as a session
const CHALLENGE_SALT = 'staff-passport sign-in challenge';
const HANDOVER_SALT = 'staff-passport sign-in handover';
const RECOVERY_CODES_SALT = 'staff-passport recovery codes';
/** The API's challenge lasts 5 minutes; the cookie no longer. */
const CHALLENGE_MAX_AGE_SECONDS = 5 * 60;
/** Only for the browser's next request, to next-auth. */
const HANDOVER_MAX_AGE_SECONDS = 60;
/** Long enough to print them or put them in a password manager. */
const RECOVERY_CODES_MAX_AGE_SECONDS = 15 * 60;

const cookieName = (name: string) => (servedOverHttps() ? `__Host-${name}` : name);

async function seal(value: object, salt: string, maxAge: number): Promise<string> {
  return encode({ token: value as JWT, secret: env().nextAuthSecret, salt, maxAge });
}

async function unseal<T>(value: string | undefined, salt: string): Promise<T | null> {
  if (!value) return null;
  try {
    return ((await decode({ token: value, secret: env().nextAuthSecret, salt })) as T | null) ?? null;
  } catch {
    return null;
  }
}

async function setSealed(name: string, value: object, salt: string, maxAge: number): Promise<void> {
  (await cookies()).set(cookieName(name), await seal(value, salt, maxAge), {
    httpOnly: true,
    sameSite: 'lax',
    secure: servedOverHttps(),
    path: '/',
    maxAge,
  });
}

async function clear(name: string): Promise<void> {
  (await cookies()).delete(cookieName(name));
}

export async function currentChallenge(): Promise<Challenge | null> {
  const challenge = await unseal<Challenge>((await cookies()).get(cookieName(CHALLENGE_COOKIE))?.value, CHALLENGE_SALT);
  return challenge?.challengeToken && challenge.kind ? challenge : null;
}

export const clearChallenge = () => clear(CHALLENGE_COOKIE);
export const clearHandover = () => clear(HANDOVER_COOKIE);

/**
 * The recovery codes of an authenticator set up just now, kept sealed in this browser until the person
 * says they have saved them (RECOVERY_CODES_SAVED_PATH clears them): the set-up page shows them, and
 * nothing else can, since the API keeps only their hashes.
 */
export async function pendingRecoveryCodes(): Promise<string[] | null> {
  const kept = await unseal<{ codes: string[] }>((await cookies()).get(cookieName(RECOVERY_CODES_COOKIE))?.value, RECOVERY_CODES_SALT);
  return Array.isArray(kept?.codes) ? kept.codes : null;
}

export const clearRecoveryCodes = () => clear(RECOVERY_CODES_COOKIE);
export const RECOVERY_CODES_SAVED_PATH = '/sign-in/recovery-codes-saved';

/** The handover in a request to next-auth (its `authorize` sees the raw Cookie header). */
export async function handoverFromCookieHeader(header: string | undefined): Promise<Handover | null> {
  const name = `${cookieName(HANDOVER_COOKIE)}=`;
  const value = header
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(name))
    ?.slice(name.length);
  const handover = await unseal<Handover>(value ? decodeURIComponent(value) : undefined, HANDOVER_SALT);
  if (!handover?.apiToken || !handover.apiTokenExpiresAt || Date.parse(handover.apiTokenExpiresAt) <= Date.now()) return null;
  return handover;
}

/** Follows the API's answer to a step: keeps the challenge for the next step, or hands the session over. */
export async function followStep(step: FragmentType<typeof SignInStepFragment>, recoveryCodes?: string[]): Promise<StepOutcome> {
  const { status, token, expiresAt, challengeToken, viewer } = getFragmentData(SignInStepFragment, step);
  if (status === 'SIGNED_IN' && token && expiresAt && viewer) {
    await clearChallenge();
    const handover: Handover = {
      apiToken: token,
      apiTokenExpiresAt: expiresAt,
      id: viewer.id,
      name: viewer.displayName,
      role: viewer.role ?? null,
      canChangeSettings: viewer.canChangeSettings,
    };
    await setSealed(HANDOVER_COOKIE, handover, HANDOVER_SALT, HANDOVER_MAX_AGE_SECONDS);
    if (recoveryCodes) await setSealed(RECOVERY_CODES_COOKIE, { codes: recoveryCodes }, RECOVERY_CODES_SALT, RECOVERY_CODES_MAX_AGE_SECONDS);
    return { next: 'signed-in' };
  }
  if ((status === 'MFA_REQUIRED' || status === 'MFA_ENROLMENT_REQUIRED') && challengeToken) {
    await setSealed(CHALLENGE_COOKIE, { challengeToken, kind: status } satisfies Challenge, CHALLENGE_SALT, CHALLENGE_MAX_AGE_SECONDS);
    return { next: status === 'MFA_REQUIRED' ? 'code' : 'set-up-authenticator' };
  }
  return unavailable();
}

const unavailable = (): StepOutcome => ({ next: 'failed', errors: signInFailureErrors('ServiceUnavailable') });

/**
 * A failed step as the form shows it. `wrongDetails` is the password step's one answer for an unknown
 * username and a wrong password alike (the API does not tell them apart either).
 */
export async function failedStep(error: CallError, { wrongDetails }: { wrongDetails?: FieldError } = {}): Promise<StepOutcome> {
  if (error.kind === 'validation') return { next: 'failed', errors: error.errors };
  if (error.kind === 'graphql' && error.code === 'TOO_MANY_ATTEMPTS') {
    await clearChallenge();
    return { next: 'failed', restart: true, errors: signInFailureErrors('AccountLocked') };
  }
  if (error.kind === 'graphql' && error.code === 'UNAUTHENTICATED') {
    if (wrongDetails) return { next: 'failed', errors: [wrongDetails] };
    await clearChallenge();
    return { next: 'failed', restart: true, errors: [{ field: null, message: error.message, code: 'UNAUTHENTICATED' }] };
  }
  return unavailable();
}
