import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env, portalOrigin, servedOverHttps } from '@/lib/env';
import { safeCallbackUrl } from './callback-url';
import { executeGraphQL } from '@/lib/graphql/execute';
import { SignInMutation, type SignInFailure } from './sign-in';

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

const failure = (reason: SignInFailure) => new Error(reason);

/** next-auth settings, built on first use so that the environment is validated first. */
export function authOptions(): AuthOptions {
  const { apiUrl, nextAuthSecret } = env();
  return {
    secret: nextAuthSecret,
    // next-auth would decide from NEXTAUTH_URL too: said here so that it is plain to see
    useSecureCookies: servedOverHttps(),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Staff Passport',
        credentials: {
          username: { label: 'Username', type: 'text' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials) {
          const username = credentials?.username?.trim() ?? '';
          const password = credentials?.password ?? '';
          if (!username || !password) return null;
          const result = await executeGraphQL(apiUrl, SignInMutation, { username, password });
          if (!result.ok) {
            const { error } = result;
            if (error.kind === 'graphql' && error.code === 'TOO_MANY_ATTEMPTS') throw failure('AccountLocked');
            if (error.kind === 'network' || error.kind === 'http') throw failure('ServiceUnavailable');
            if (error.kind === 'graphql' && error.code === 'INTERNAL_SERVER_ERROR') throw failure('ServiceUnavailable');
            return null;
          }
          const { token, expiresAt, viewer } = result.data.signIn;
          // a second factor is needed: the portal's MFA step is not built yet
          if (!token || !expiresAt || !viewer) return null;
          return {
            id: viewer.id,
            name: viewer.displayName,
            apiToken: token,
            apiTokenExpiresAt: expiresAt,
            role: viewer.role ?? null,
            canChangeSettings: viewer.canChangeSettings,
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
