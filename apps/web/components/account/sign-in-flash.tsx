import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { flashFor } from '@/lib/flash';

/**
 * The one-time message for the sign-in page ("Your password has been changed…", "You have signed out
 * of all devices"), left by the action that ended the session. The sign-in page renders it above its form.
 */
export async function SignInFlash() {
  const flash = await flashFor('/sign-in');
  return flash ? <FlashBanner flash={flash} /> : null;
}
