/** Where a signed-in user lands when there is no (acceptable) place to go back to. */
export const DEFAULT_CALLBACK_PATH = '/system-management';

// Control characters (tabs and newlines included: URL parsers drop them silently) and backslashes
// (browsers read `/\host` as `//host`) have no place in a portal path.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;
const MAX_DECODING_ROUNDS = 5;

/**
 * Every reading of `value` a browser, proxy or framework might make after percent-decoding it
 * again, or null when one of them is malformed.
 */
function decodings(value: string): string[] | null {
  const readings = [value];
  let current = value;
  for (let round = 0; round < MAX_DECODING_ROUNDS; round += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (decoded === current) return readings;
    readings.push(decoded);
    current = decoded;
  }
  // still changing after this many rounds: nobody encodes a portal path that deeply
  return null;
}

function isPortalPath(reading: string): boolean {
  return reading.startsWith('/') && !reading.startsWith('//') && !UNSAFE_CHARACTERS.test(reading);
}

/**
 * The path inside the portal that `value` names, or the default when it names anything else: an
 * absolute URL to another origin, a protocol-relative `//host`, `/\host`, a `javascript:` or `data:`
 * URL, or any of these hidden by (repeated) percent-encoding, backslashes or control characters.
 * `portalOrigin` is the portal's own address (NEXTAUTH_URL); in the browser, `window.location.origin`.
 * The result is a path (with query and fragment) as the URL parser normalised it.
 */
export function safeCallbackUrl(value: string | null | undefined, portalOrigin: string): string {
  if (!value) return DEFAULT_CALLBACK_PATH;
  const origin = new URL(portalOrigin).origin;
  let candidate = value;
  // next-auth hands its redirect callback absolute URLs of its own origin
  if (!candidate.startsWith('/')) {
    let absolute: URL;
    try {
      absolute = new URL(candidate);
    } catch {
      return DEFAULT_CALLBACK_PATH;
    }
    if (absolute.origin !== origin || UNSAFE_CHARACTERS.test(candidate)) return DEFAULT_CALLBACK_PATH;
    candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
  }
  const readings = decodings(candidate);
  if (!readings || !readings.every(isPortalPath)) return DEFAULT_CALLBACK_PATH;
  const url = new URL(candidate, origin);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//host` normalises to `//host`: check what the parser made of it too
  if (url.origin !== origin || !isPortalPath(path)) return DEFAULT_CALLBACK_PATH;
  return path;
}
