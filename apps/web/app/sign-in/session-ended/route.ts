import { NextResponse, type NextRequest } from 'next/server';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { isSessionCookieName, sessionState, SIGN_IN_PATH } from '@/lib/auth/session';
import { portalOrigin } from '@/lib/env';

export const dynamic = 'force-dynamic';

function seeOther(path: string): NextResponse {
  // a relative Location keeps the user on the host they came on
  return new NextResponse(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
}

function signInPath(params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

/**
 * Where pages send a user whose session cookie no longer works. It asks the API once more, so a
 * link here cannot sign anyone out: a live session goes on to the page; a session that is over has
 * its cookie cleared and the user sees the sign-in form saying so. Nothing here sends the user back
 * to a page that would send them here again.
 */
export async function GET(req: NextRequest) {
  const requested = req.nextUrl.searchParams.get('callbackUrl');
  const callbackUrl = safeCallbackUrl(requested, portalOrigin());
  const back: Record<string, string> = requested ? { callbackUrl } : {};
  const session = await sessionState();
  switch (session.state) {
    case 'active':
      return seeOther(callbackUrl);
    case 'none':
      return seeOther(signInPath(back));
    case 'unavailable':
      return seeOther(signInPath({ error: 'ServiceUnavailable', ...back }));
    case 'ended': {
      const response = seeOther(signInPath({ error: 'SessionExpired', ...back }));
      for (const cookie of req.cookies.getAll()) {
        if (!isSessionCookieName(cookie.name)) continue;
        response.cookies.set(cookie.name, '', {
          path: '/',
          maxAge: 0,
          httpOnly: true,
          sameSite: 'lax',
          // a __Secure- cookie can only be replaced by a Secure one
          secure: cookie.name.startsWith('__Secure-'),
        });
      }
      return response;
    }
  }
}
