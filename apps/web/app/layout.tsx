import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'Staff Passport Settings – NHS', template: '%s – Staff Passport Settings – NHS' },
  icons: { icon: '/assets/images/favicon.ico' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#005eb8' };

export default function RootLayout({ children }: { children: ReactNode }) {
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
