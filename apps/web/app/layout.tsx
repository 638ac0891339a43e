import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'Staff Passport Settings – NHS', template: '%s – Staff Passport Settings – NHS' },
  icons: { icon: '/assets/images/favicon.ico' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#005eb8' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next.js can put this response's CSP nonce
  // (proxy.ts) on its scripts: a page built ahead of time would carry none and not run.
  await connection();
  return (
    <html lang="en-GB" className="nhsuk-template">
      <head>
        {/* nhsuk-frontend from node_modules (scripts/copy-nhsuk-assets.mjs): no fonts or CDN */}
        <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css" />
        <link rel="stylesheet" href="/app.css" />
      </head>
      <body className="nhsuk-template__body nhsuk-frontend-supported">
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
