import { NextResponse, type NextRequest } from 'next/server';
import { passwordResetLinkRedirect } from '@/lib/account/password-reset-link';
import { servedOverHttps } from '@/lib/env';
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from '@/lib/security/headers';

/**
 * Runs before every page: a password reset link's token is taken out of the address (see
 * passwordResetLinkRedirect); otherwise a Content Security Policy with a fresh nonce (on the request, where
 * Next.js reads it for its own scripts, and on the response), and HSTS when served over https.
 */
export function proxy(request: NextRequest) {
  const https = servedOverHttps();
  const resetLink = passwordResetLinkRedirect(request.nextUrl, https);
  if (resetLink) return resetLink;
  const policy = contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === 'development', https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  if (https) response.headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // pages only: not the API routes (JSON), built files or the NHS.UK styles and images
      source: '/((?!api/|_next/static|_next/image|nhsuk/|assets/|app\\.css|favicon\\.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
