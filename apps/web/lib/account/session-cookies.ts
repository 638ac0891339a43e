import { cookies } from 'next/headers';
import { isSessionCookieName } from '@/lib/auth/session';

/**
 * Clears this browser's portal session cookie after its API session has ended (signed out of all
 * devices, or a new password set), so the next page is the sign-in form rather than "your session
 * has expired". Only a server action or route handler may call it.
 */
export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (!isSessionCookieName(cookie.name)) continue;
    // a __Secure- cookie can only be replaced by a Secure one
    jar.set(cookie.name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: cookie.name.startsWith('__Secure-') });
  }
}
