import { cookies } from 'next/headers';
import { getToken, type JWT } from 'next-auth/jwt';
import { env } from '@/lib/env';

type TokenRequest = Parameters<typeof getToken>[0]['req'];

/** The signed-in user's API token from the next-auth cookie, or null when absent or expired. */
export function apiTokenOf(jwt: JWT | null, now = Date.now()): string | null {
  if (!jwt?.apiToken) return null;
  if (jwt.apiTokenExpiresAt && Date.parse(jwt.apiTokenExpiresAt) <= now) return null;
  return jwt.apiToken;
}

/** Reads the token inside a route handler. */
export async function apiTokenFromRequest(req: TokenRequest): Promise<string | null> {
  return apiTokenOf(await getToken({ req, secret: env().nextAuthSecret }));
}

/** Reads the token inside a server component or server action. */
export async function currentApiToken(): Promise<string | null> {
  const jar = await cookies();
  // getToken reads `cookies.getAll()`; headers are left empty so no bearer header is accepted here.
  const req = { cookies: jar, headers: {} } as unknown as TokenRequest;
  return apiTokenFromRequest(req);
}
