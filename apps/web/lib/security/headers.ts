/**
 * The portal's Content Security Policy and transport headers, set per request by proxy.ts. Next.js
 * reads the nonce from the request's Content-Security-Policy header and puts it on its own
 * scripts, so no script without it runs: no 'unsafe-inline' for scripts.
 */
export interface PolicyOptions {
  /** A fresh random value for each response. */
  nonce: string;
  /** `next dev` only: React's development build needs eval for its error overlays. */
  development: boolean;
  /** The portal is reached over https (NEXTAUTH_URL). */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // style attributes cannot run script; a page may set one (e.g. white-space on a <pre>)
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Two years, subdomains included: only ever sent over https, where a browser honours it. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
