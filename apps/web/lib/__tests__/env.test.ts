import { readEnv, WebEnvError } from '../env';

describe('the portal environment', () => {
  it('has working defaults for local use', () => {
    expect(readEnv({ NODE_ENV: 'development' })).toEqual({
      apiUrl: 'http://127.0.0.1:4000/graphql',
      nextAuthUrl: 'http://localhost:3000',
      nextAuthSecret: expect.any(String),
    });
  });

  it('requires NEXTAUTH_SECRET in production and says how to make one', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(WebEnvError);
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET is required in production/);
  });

  it('refuses an API_URL that is not an http URL', () => {
    expect(() => readEnv({ API_URL: 'localhost:4000' })).toThrow(/API_URL must be an http or https URL/);
  });
});
