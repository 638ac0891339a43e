/** @jest-environment node */
import { NextRequest } from 'next/server';

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

describe('the headers proxy.ts puts on every page', () => {
  it('sends HSTS and upgrades requests when the portal is served over https', () => {
    const response = proxyFor('https://settings.example.nhs.uk')(new NextRequest('https://settings.example.nhs.uk/sign-in'));
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic';.*upgrade-insecure-requests/);
  });

  it('sends no HSTS over plain http, where a browser would ignore it', () => {
    const response = proxyFor('http://localhost:3000')(new NextRequest('http://localhost:3000/sign-in'));
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
  });

  it('gives Next.js the same policy on the request, so that its scripts carry the nonce', () => {
    const response = proxyFor('http://localhost:3000')(new NextRequest('http://localhost:3000/system-management'));
    const policy = response.headers.get('content-security-policy');
    // NextResponse.next passes changed request headers on as x-middleware-request-* headers
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });
});
