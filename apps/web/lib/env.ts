/**
 * The portal's settings, read from environment variables and checked once at start
 * (instrumentation.ts) so that a mistake stops the server with a message saying how to fix it.
 */
export interface WebEnv {
  /** The API's GraphQL endpoint. @defaultValue http://127.0.0.1:4000/graphql */
  apiUrl: string;
  /** Signs and encrypts the session cookie. Required in production. */
  nextAuthSecret: string;
  /** The portal's own public address. @defaultValue http://localhost:3000 */
  nextAuthUrl: string;
}

export class WebEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The portal cannot start: its environment is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WebEnvError';
  }
}

const DEV_SECRET = 'staff-passport-settings-development-secret-do-not-use-in-production';

function httpUrl(name: string, value: string, problems: string[]): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return value;
  } catch {
    problems.push(`${name} must be an http or https URL, e.g. http://127.0.0.1:4000/graphql (got "${value}")`);
    return value;
  }
}

export function readEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  const problems: string[] = [];
  const production = source.NODE_ENV === 'production' && source.NEXT_PHASE !== 'phase-production-build';
  const apiUrl = httpUrl('API_URL', source.API_URL?.trim() || 'http://127.0.0.1:4000/graphql', problems);
  const nextAuthUrl = httpUrl('NEXTAUTH_URL', source.NEXTAUTH_URL?.trim() || 'http://localhost:3000', problems);
  let nextAuthSecret = source.NEXTAUTH_SECRET?.trim() ?? '';
  if (!nextAuthSecret) {
    if (production) {
      problems.push('NEXTAUTH_SECRET is required in production: set it to a long random string (e.g. `openssl rand -base64 32`)');
    }
    nextAuthSecret = DEV_SECRET;
  } else if (production && nextAuthSecret.length < 32) {
    problems.push('NEXTAUTH_SECRET must be at least 32 characters long in production');
  }
  if (problems.length) throw new WebEnvError(problems);
  return { apiUrl, nextAuthSecret, nextAuthUrl };
}

let cached: WebEnv | undefined;

/** The validated settings; next-auth also reads NEXTAUTH_URL itself, so its default is set here. */
export function env(): WebEnv {
  if (!cached) {
    cached = readEnv();
    process.env.NEXTAUTH_URL ??= cached.nextAuthUrl;
  }
  return cached;
}
