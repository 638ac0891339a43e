import { DEFAULT_CALLBACK_PATH, safeCallbackUrl } from '../callback-url';

const PORTAL = 'https://settings.example.nhs.uk';

/** Where a browser on the portal would go when sent to `path` (what the attacker is after). */
function destination(path: string): string {
  return new URL(path, `${PORTAL}/sign-in`).origin;
}

describe('the callback URL after signing in', () => {
  it.each([
    ['/system-management/organisation', '/system-management/organisation'],
    ['/system-management/templates?saved=1#main', '/system-management/templates?saved=1#main'],
    ['/system-management/audit?page=2&perPage=5', '/system-management/audit?page=2&perPage=5'],
    ['/', '/'],
    [`${PORTAL}/system-management/credentials`, '/system-management/credentials'],
    ['/system-management/../system-management/job-roles', '/system-management/job-roles'],
  ])('keeps the portal path %s', (value, expected) => {
    expect(safeCallbackUrl(value, PORTAL)).toBe(expected);
  });

  it.each([
    ['a backslash after the slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL with a path', '//evil.example/system-management'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded backslash in lower case', '/%5cevil.example'],
    ['a double-encoded backslash', '/%255Cevil.example'],
    ['encoded slashes', '%2F%2Fevil.example'],
    ['an encoded second slash', '/%2Fevil.example'],
    ['double-encoded slashes', '%252F%252Fevil.example'],
    ['triple-encoded slashes', '%25252F%25252Fevil.example'],
    ['an https URL elsewhere', 'https://evil.example/'],
    ['an http URL elsewhere', 'http://evil.example'],
    ['the portal host over another scheme', 'http://settings.example.nhs.uk/system-management'],
    ['the portal host on another port', 'https://settings.example.nhs.uk:8443/system-management'],
    ['credentials that name the portal', 'https://settings.example.nhs.uk@evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['an upper-case JavaScript: URL', 'JavaScript:alert(document.domain)'],
    ['an encoded javascript: URL', 'javascript%3Aalert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a carriage return between the slashes', '/\r/evil.example'],
    ['an encoded tab between the slashes', '/%09/evil.example'],
    ['a backslash later in the path', '/system-management\\..\\..\\\\evil.example'],
    ['a dot segment that normalises to //', '/.//evil.example'],
    ['encoded dot segments that normalise to //', '/%2E//evil.example'],
    ['a leading space', ' //evil.example'],
    ['a NUL byte', '/\u0000/evil.example'],
    ['a malformed escape', '/system-management%E0%A4%A'],
    ['a relative path', 'system-management'],
    ['an empty value', ''],
  ])('refuses %s and goes to System management instead', (_, value) => {
    const result = safeCallbackUrl(value, PORTAL);
    expect(result).toBe(DEFAULT_CALLBACK_PATH);
    expect(destination(result)).toBe(PORTAL);
  });

  it('refuses a missing value', () => {
    expect(safeCallbackUrl(undefined, PORTAL)).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackUrl(null, PORTAL)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it('never returns a path that a browser reads as another host', () => {
    const tricks = ['/\\', '//', '/%5C', '%2F%2F', '/%2F', '/\t/', '/.//', '/%252F', '\\/', '/%09/'];
    for (const trick of tricks) {
      const result = safeCallbackUrl(`${trick}evil.example/x`, PORTAL);
      expect({ trick, lands: destination(result) }).toEqual({ trick, lands: PORTAL });
      expect({ trick, result }).toEqual({ trick, result: expect.stringMatching(/^\/(?![/\\])/) });
    }
  });
});
