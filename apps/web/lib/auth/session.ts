import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { executeGraphQL } from '@/lib/graphql/execute';
import { isUnauthenticated } from '@/lib/graphql/result';
import { graphql } from '@/src/gql';
import { currentApiToken } from './api-token';

/**
 * Clears the cookie of a session that has ended and sends the user to sign in: a route handler,
 * because only a route handler (not a page) can delete cookies.
 */
export const SESSION_EXPIRED_PATH = '/sign-in/session-ended';
export const SIGN_IN_PATH = '/sign-in';

const CurrentSessionQuery = graphql(`
  query CurrentSession {
    me {
      id
    }
  }
`);

/** next-auth's session cookie: `__Secure-` over https, and split into `.0`, `.1`… when large. */
export function isSessionCookieName(name: string): boolean {
  return /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name);
}

/**
 * The session in this request's cookies, as the API sees it: the cookie's own expiry is not
 * enough, since a session also ends on the server (signed out elsewhere, account locked).
 * - `none`: no session cookie at all (a first visit, or signed out here);
 * - `ended`: a cookie whose session is over, or that cannot be read;
 * - `unavailable`: the API did not answer, so nothing is known;
 * - `active`: the API knows the session.
 */
export type SessionState = { state: 'none' } | { state: 'ended' } | { state: 'unavailable' } | { state: 'active'; token: string };

export async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((cookie) => isSessionCookieName(cookie.name));
}

export async function sessionState(): Promise<SessionState> {
  if (!(await hasSessionCookie())) return { state: 'none' };
  const token = await currentApiToken();
  if (!token) return { state: 'ended' };
  const result = await executeGraphQL(env().apiUrl, CurrentSessionQuery, {}, { token });
  if (result.ok) return result.data.me ? { state: 'active', token } : { state: 'ended' };
  return isUnauthenticated(result.error) ? { state: 'ended' } : { state: 'unavailable' };
}
