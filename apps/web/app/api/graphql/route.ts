import { NextResponse, type NextRequest } from 'next/server';
import { apiTokenFromRequest } from '@/lib/auth/api-token';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

const unauthenticated = () =>
  NextResponse.json(
    { errors: [{ message: 'Your session has expired. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] },
    { status: 200 },
  );

/**
 * The browser's only way to the API: adds the signed-in user's token, which pages never see, and
 * forwards the GraphQL request unchanged.
 */
export async function POST(req: NextRequest) {
  const token = await apiTokenFromRequest(req);
  if (!token) return unauthenticated();
  const body = await req.text();
  try {
    const upstream = await fetch(env().apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
    return new NextResponse(await upstream.text(), {
      status: upstream.status,
      headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' },
    });
  } catch {
    return NextResponse.json(
      { errors: [{ message: 'The service is not available at the moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
      { status: 502 },
    );
  }
}
