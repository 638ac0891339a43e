/** @jest-environment node */
import { NextRequest } from 'next/server';
import { RESET_TOKEN_COOKIE } from '../password-reset-link';

/** proxy.ts with the environment a deployment gives it (env() is read once per module). */
function proxyFor(nextAuthUrl: string): typeof import('@/proxy').proxy {
  let proxy: typeof import('@/proxy').proxy | undefined;
  jest.isolateModules(() => {
    process.env.NEXTAUTH_URL = nextAuthUrl;
    proxy = (jest.requireActual('@/proxy') as typeof import('@/proxy')).proxy;
  });
  return proxy!;
}

const original = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (original === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = original;
});

const TOKEN = 'q7Vd3k_Yx-2mB9LrTz0pWcA1sEfGhJkLmNoPqRsTuVw';

describe('a password reset link', () => {
  it('moves the token out of the address into a cookie for the reset page only, then goes to the plain address', () => {
    const response = proxyFor('https://settings.example.nhs.uk')(new NextRequest(`https://settings.example.nhs.uk/reset-password?token=${TOKEN}`));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://settings.example.nhs.uk/reset-password');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${RESET_TOKEN_COOKIE}=${TOKEN}`);
    expect(cookie).toMatch(/Path=\/reset-password/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Max-Age=3600/);
  });

  it('sends no Secure cookie over plain http, where a browser would drop it', () => {
    const response = proxyFor('http://localhost:3000')(new NextRequest(`http://localhost:3000/reset-password?token=${TOKEN}`));
    expect(response.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });

  it('keeps no token that cannot be one, and clears an earlier one', () => {
    for (const token of ['', 'short', `${TOKEN}<script>`, 'a'.repeat(500)]) {
      const response = proxyFor('http://localhost:3000')(new NextRequest(`http://localhost:3000/reset-password?token=${encodeURIComponent(token)}`));
      expect(response.headers.get('location')).toBe('http://localhost:3000/reset-password');
      expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${RESET_TOKEN_COOKIE}=;.*Max-Age=0`));
    }
  });

  it('leaves the reset page without a token, and every other page, to the usual headers', () => {
    const proxy = proxyFor('http://localhost:3000');
    for (const address of ['/reset-password', '/sign-in?token=abc', '/forgotten-password']) {
      const response = proxy(new NextRequest(`http://localhost:3000${address}`));
      expect(response.headers.get('location')).toBeNull();
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });
});
