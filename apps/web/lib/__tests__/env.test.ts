import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEVELOPMENT_SECRET, EXAMPLE_SECRET, readEnv, WebEnvError } from '../env';

const PRODUCTION = {
  NODE_ENV: 'production',
  API_URL: 'http://api:4000/graphql',
  NEXTAUTH_URL: 'https://settings.example.nhs.uk',
  NEXTAUTH_SECRET: 'V2hhdCBhIGxvbmcgcmFuZG9tIHN0cmluZyB0aGlzIGlzIQ==',
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    readEnv(source);
  } catch (error) {
    if (error instanceof WebEnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('the portal environment', () => {
  it('has working defaults for local use', () => {
    expect(readEnv({ NODE_ENV: 'development' })).toEqual({
      apiUrl: 'http://127.0.0.1:4000/graphql',
      nextAuthUrl: 'http://localhost:3000',
      nextAuthSecret: DEVELOPMENT_SECRET,
    });
  });

  it('accepts a complete production environment', () => {
    expect(readEnv(PRODUCTION)).toEqual({
      apiUrl: PRODUCTION.API_URL,
      nextAuthUrl: PRODUCTION.NEXTAUTH_URL,
      nextAuthSecret: PRODUCTION.NEXTAUTH_SECRET,
    });
  });

  it('requires NEXTAUTH_SECRET in production and says how to make one', () => {
    expect(() => readEnv({ ...PRODUCTION, NEXTAUTH_SECRET: undefined })).toThrow(WebEnvError);
    expect(problemsOf({ ...PRODUCTION, NEXTAUTH_SECRET: '  ' })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET is required in production.*openssl rand -base64 32/),
    ]);
  });

  it('refuses a short NEXTAUTH_SECRET in production', () => {
    expect(problemsOf({ ...PRODUCTION, NEXTAUTH_SECRET: 'x'.repeat(31) })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET must be at least 32 characters long in production \(it has 31\).*openssl rand/),
    ]);
  });

  it('refuses the placeholder from .env.example in production', () => {
    const example = readFileSync(path.resolve(__dirname, '../../../../.env.example'), 'utf8');
    const placeholder = /^NEXTAUTH_SECRET=(.*)$/m.exec(example)?.[1];
    expect(placeholder).toBe(EXAMPLE_SECRET);
    expect(problemsOf({ ...PRODUCTION, NEXTAUTH_SECRET: placeholder })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET is still the placeholder from \.env\.example.*openssl rand/),
    ]);
    expect(problemsOf({ ...PRODUCTION, NEXTAUTH_SECRET: 'please-change-me-to-something-long-and-random' })).toHaveLength(1);
  });

  it('refuses the built-in development secret in production', () => {
    expect(problemsOf({ ...PRODUCTION, NEXTAUTH_SECRET: DEVELOPMENT_SECRET })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET is the portal's built-in development secret/),
    ]);
  });

  it('requires API_URL and NEXTAUTH_URL in production rather than assuming localhost', () => {
    expect(problemsOf({ ...PRODUCTION, API_URL: undefined, NEXTAUTH_URL: '' })).toEqual([
      'API_URL is required in production, e.g. http://api:4000/graphql',
      'NEXTAUTH_URL is required in production, e.g. https://settings.example.nhs.uk',
    ]);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toHaveLength(3);
  });

  it('checks nothing production-only while next build runs', () => {
    expect(() => readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it('refuses an API_URL that is not an http URL', () => {
    expect(() => readEnv({ API_URL: 'localhost:4000' })).toThrow(/API_URL must be an http or https URL/);
  });
});
