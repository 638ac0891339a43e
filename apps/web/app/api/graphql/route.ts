import { NextResponse, type NextRequest } from 'next/server';
import { apiTokenFromRequest } from '@/lib/auth/api-token';
import { env, portalOrigin } from '@/lib/env';
import { crossOriginRefusal, relayOperationFrom, type RelayRefusal } from '@/lib/relay/relay-request';
import manifest from '@/src/gql/persisted-documents.json';

export const dynamic = 'force-dynamic';

const graphQLError = (status: number, code: string, message: string) =>
  NextResponse.json({ errors: [{ message, extensions: { code } }] }, { status, headers: { 'cache-control': 'no-store' } });

const refused = ({ status, code, message }: RelayRefusal) => graphQLError(status, code, message);

/**
 * The browser's only way to the API: accepts the portal's own persisted operations from the
 * portal's own pages, adds the signed-in user's token (which pages never see) and forwards them.
 */
export async function POST(req: NextRequest) {
  const crossOrigin = crossOriginRefusal(req.headers, portalOrigin());
  if (crossOrigin) return refused(crossOrigin);
  const operation = relayOperationFrom(await req.text(), manifest);
  if (!operation.ok) return refused(operation.refusal);
  const token = await apiTokenFromRequest(req);
  if (!token) return graphQLError(200, 'UNAUTHENTICATED', 'Your session has expired. Sign in again.');
  try {
    const upstream = await fetch(env().apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(operation.body),
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
    return new NextResponse(await upstream.text(), {
      status: upstream.status,
      headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' },
    });
  } catch {
    return graphQLError(502, 'SERVICE_UNAVAILABLE', 'The service is not available at the moment.');
  }
}
