import { NextResponse, type NextRequest } from 'next/server';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { clearRecoveryCodes } from '@/lib/auth/sign-in-steps';
import { portalOrigin } from '@/lib/env';

/** The person has saved their recovery codes: they are not shown again, and the person goes on. */
export async function GET(request: NextRequest) {
  await clearRecoveryCodes();
  const destination = safeCallbackUrl(request.nextUrl.searchParams.get('callbackUrl') ?? undefined, portalOrigin());
  return NextResponse.redirect(new URL(destination, portalOrigin()), 303);
}
