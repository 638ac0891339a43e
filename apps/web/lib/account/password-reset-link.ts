import { NextResponse } from 'next/server';
import { RESET_PASSWORD_PATH } from './paths';

export { RESET_PASSWORD_PATH };
/** Holds the link's token while the person chooses a password: sent to the reset page only. */
export const RESET_TOKEN_COOKIE = 'sps-password-reset';
/** A link works for an hour at most, so the cookie need not outlive that. */
const RESET_TOKEN_MAX_AGE_SECONDS = 60 * 60;
/** The API's tokens are 32 random bytes in base64url; anything else cannot be one. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;

/**
 * The reset link's first request: the token moves from the address into an HttpOnly cookie for the
 * reset page, and the browser goes on to the page's plain address. So the token is not in the
 * browser's history, in a Referer header, in the address the form posts to or in any log of those
 * requests. Null for any other request.
 */
export function passwordResetLinkRedirect(url: URL, https: boolean): NextResponse | null {
  if (url.pathname !== RESET_PASSWORD_PATH || !url.searchParams.has('token')) return null;
  const token = url.searchParams.get('token')?.trim() ?? '';
  // on the host the person came on; Next.js accepts only an absolute Location from the proxy
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: new URL(RESET_PASSWORD_PATH, url).toString(), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
  const cookie = { httpOnly: true, secure: https, sameSite: 'lax' as const, path: RESET_PASSWORD_PATH };
  // a link that cannot be one leaves no token behind: the page then says the link does not work
  if (TOKEN_PATTERN.test(token)) response.cookies.set(RESET_TOKEN_COOKIE, token, { ...cookie, maxAge: RESET_TOKEN_MAX_AGE_SECONDS });
  else response.cookies.set(RESET_TOKEN_COOKIE, '', { ...cookie, maxAge: 0 });
  return response;
}
