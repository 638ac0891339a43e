import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env, portalOrigin, servedOverHttps } from '@/lib/env';
import { safeCallbackUrl } from './callback-url';
import { handoverFromCookieHeader } from './sign-in-steps';

declare module 'next-auth' {
  interface User {
    apiToken: string;
    apiTokenExpiresAt: string;
    role: string | null;
    canChangeSettings: boolean;
  }
  interface Session {
    user: { id: string; name: string; role: string | null; canChangeSettings: boolean };
    expires: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The API's bearer token: kept in the encrypted HttpOnly cookie, never in the session sent to pages. */
    apiToken?: string;
    apiTokenExpiresAt?: string;
    role?: string | null;
    canChangeSettings?: boolean;
  }
}

/** next-auth settings, built on first use so that the environment is validated first. */
export function authOptions(): AuthOptions {
  const { nextAuthSecret } = env();
  return {
    secret: nextAuthSecret,
    // next-auth would decide from NEXTAUTH_URL too: said here so that it is plain to see
    useSecureCookies: servedOverHttps(),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      // The steps of signing in (password, code, authenticator set-up) are server actions that talk to
      // the API (app/sign-in/actions.ts); the last leaves the session in a sealed cookie, taken here.
      CredentialsProvider({
        id: 'handover',
        name: 'Staff Passport',
        credentials: {},
        async authorize(_credentials, request) {
          const cookieHeader = request?.headers?.cookie;
          const handover = await handoverFromCookieHeader(typeof cookieHeader === 'string' ? cookieHeader : undefined);
          if (!handover) return null;
          return {
            id: handover.id,
            name: handover.name,
            apiToken: handover.apiToken,
            apiTokenExpiresAt: handover.apiTokenExpiresAt,
            role: handover.role,
            canChangeSettings: handover.canChangeSettings,
          };
        },
      }),
    ],
    callbacks: {
      // the same rule as the sign-in page: never away from the portal
      redirect: ({ url }) => new URL(safeCallbackUrl(url, portalOrigin()), portalOrigin()).toString(),
      async jwt({ token, user }) {
        if (user) {
          token.apiToken = user.apiToken;
          token.apiTokenExpiresAt = user.apiTokenExpiresAt;
          token.role = user.role;
          token.canChangeSettings = user.canChangeSettings;
        }
        return token;
      },
      async session({ session, token }) {
        // Only what pages may see: never the API token.
        session.user = {
          id: token.sub ?? '',
          name: token.name ?? '',
          role: token.role ?? null,
          canChangeSettings: token.canChangeSettings ?? false,
        };
        if (token.apiTokenExpiresAt) session.expires = token.apiTokenExpiresAt;
        return session;
      },
    },
  };
}
