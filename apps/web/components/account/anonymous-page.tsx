import type { ReactNode } from 'react';
import { Footer, PageShell } from '@/components/layout/page-shell';
import { Header } from '@/components/nhsuk/header';
import { BackLink } from '@/components/nhsuk/layout-parts';

/** A page for someone who is not signed in (forgotten password, reset link), laid out as the sign-in page is. */
export function AnonymousPage({ children, backHref }: { children: ReactNode; backHref?: string }) {
  return (
    <>
      <Header serviceName="Staff Passport Settings" />
      <PageShell before={backHref ? <BackLink href={backHref} /> : undefined}>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">{children}</div>
        </div>
      </PageShell>
      <Footer />
    </>
  );
}
