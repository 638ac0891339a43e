import { cookies } from 'next/headers';
import { env } from '@/lib/env';

/**
 * A message for the page a change lands on ("The template X has been saved"), set by the server
 * action that made the change and shown once: banners come from here, never from text in the URL,
 * so a crafted link cannot make the portal announce something that did not happen.
 */
export interface Flash {
  /** Success (green) for a change made; information (blue) when there was nothing to change. */
  kind: 'success' | 'information';
  message: string;
  /** The page it is for: another page leaves it alone. */
  page: string;
}

export const FLASH_COOKIE = 'sps-flash';
/** Long enough for the redirect that follows the change, short enough not to linger. */
const FLASH_MAX_AGE_SECONDS = 60;
const MAX_MESSAGE_LENGTH = 600;

function decode(value: string | undefined): Flash | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Flash>;
    if ((parsed.kind !== 'success' && parsed.kind !== 'information') || typeof parsed.message !== 'string' || typeof parsed.page !== 'string') return null;
    return { kind: parsed.kind, message: parsed.message, page: parsed.page };
  } catch {
    return null;
  }
}

function encodeFlash(flash: Flash): string {
  return Buffer.from(JSON.stringify({ ...flash, message: flash.message.slice(0, MAX_MESSAGE_LENGTH) }), 'utf8').toString('base64url');
}

/** Call in a server action, after the change succeeded and before redirecting to `flash.page`. */
export async function setFlash(flash: Flash): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, encodeFlash(flash), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().nextAuthUrl.startsWith('https:'),
    path: '/',
    maxAge: FLASH_MAX_AGE_SECONDS,
  });
}

/** The flash for this page, if there is one; FlashBanner clears it once shown. */
export async function flashFor(page: string): Promise<Flash | null> {
  const flash = decode((await cookies()).get(FLASH_COOKIE)?.value);
  return flash?.page === page ? flash : null;
}
