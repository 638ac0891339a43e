/** @jest-environment node */
import { contentSecurityPolicy, newNonce } from '../headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name, values];
  }));
}

describe('the Content Security Policy', () => {
  const policy = directives(contentSecurityPolicy({ nonce: 'abc123==', development: false, https: true }));

  it('runs only scripts from the portal that carry this response’s nonce', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows no inline script and no eval in production', () => {
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
  });

  it('cannot be framed, posts forms only to the portal, fixes the base URL and loads no plugins', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('upgrades requests only over https', () => {
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
    expect(directives(contentSecurityPolicy({ nonce: 'n', development: false, https: false })).has('upgrade-insecure-requests')).toBe(false);
  });

  it('allows eval only for next dev', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', development: true, https: false })).get('script-src')).toContain("'unsafe-eval'");
  });
});

describe('the nonce', () => {
  it('is 128 random bits, new each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
