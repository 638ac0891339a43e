/**
 * The portal's settings, read from environment variables and checked once at start
 * (instrumentation.ts) so that a mistake stops the server with a message saying how to fix it.
 */
export interface WebEnv {
  /** The API's GraphQL endpoint. Required in production. @defaultValue http://127.0.0.1:4000/graphql */
  apiUrl: string;
  /** Signs and encrypts the session cookie. Required in production: random, 32 characters or more. */
  nextAuthSecret: string;
  /**
   * The portal's own public address: the only origin the relay accepts and redirects may go to;
   * https turns on HSTS and Secure cookies. Required in production. @defaultValue http://localhost:3000
   */
  nextAuthUrl: string;
}

export class WebEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The portal cannot start: its environment is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WebEnvError';
  }
}

/** The secret `npm run dev` and tests use when none is set: public, so never accepted in production. */
export const DEVELOPMENT_SECRET = 'staff-passport-settings-development-secret-do-not-use-in-production';
/** The value .env.example shows (a test keeps the two the same): public, so never accepted in production. */
export const EXAMPLE_SECRET = 'change-me-to-32-or-more-random-characters';
const MIN_SECRET_LENGTH = 32;
const MAKE_A_SECRET = 'make one with `openssl rand -base64 32`';

function httpUrl(name: string, value: string, example: string, problems: string[]): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return value;
  } catch {
    problems.push(`${name} must be an http or https URL, e.g. ${example} (got "${value}")`);
    return value;
  }
}

/** A setting with a local default; production has no default and must be told. */
function setting(
  source: Record<string, string | undefined>,
  name: string,
  localDefault: string,
  example: string,
  production: boolean,
  problems: string[],
): string {
  const value = source[name]?.trim();
  if (value) return httpUrl(name, value, example, problems);
  if (production) problems.push(`${name} is required in production, e.g. ${example}`);
  return localDefault;
}

function secretProblem(secret: string): string | null {
  if (!secret) return `NEXTAUTH_SECRET is required in production: set it to a long random string (${MAKE_A_SECRET})`;
  if (secret === EXAMPLE_SECRET || /change-me/i.test(secret)) {
    return `NEXTAUTH_SECRET is still the placeholder from .env.example: replace it with a random string (${MAKE_A_SECRET})`;
  }
  if (secret === DEVELOPMENT_SECRET) {
    return `NEXTAUTH_SECRET is the portal's built-in development secret, which is public: ${MAKE_A_SECRET}`;
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return `NEXTAUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long in production (it has ${secret.length}): ${MAKE_A_SECRET}`;
  }
  return null;
}

export function readEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  const problems: string[] = [];
  const production = source.NODE_ENV === 'production' && source.NEXT_PHASE !== 'phase-production-build';
  const apiUrl = setting(source, 'API_URL', 'http://127.0.0.1:4000/graphql', 'http://api:4000/graphql', production, problems);
  const nextAuthUrl = setting(source, 'NEXTAUTH_URL', 'http://localhost:3000', 'https://settings.example.nhs.uk', production, problems);
  let nextAuthSecret = source.NEXTAUTH_SECRET?.trim() ?? '';
  if (production) {
    const problem = secretProblem(nextAuthSecret);
    if (problem) problems.push(problem);
  } else if (!nextAuthSecret) {
    nextAuthSecret = DEVELOPMENT_SECRET;
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

/** The portal's own origin (scheme, host and port of NEXTAUTH_URL). */
export function portalOrigin(): string {
  return new URL(env().nextAuthUrl).origin;
}

/** Whether people reach the portal over https: then HSTS is sent and cookies are Secure. */
export function servedOverHttps(): boolean {
  return new URL(env().nextAuthUrl).protocol === 'https:';
}
