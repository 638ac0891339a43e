import type { ReactNode } from 'react';
import { Footer, PageShell } from '@/components/layout/page-shell';
import { Header } from '@/components/nhsuk/header';

/** The frame of the pages a person sees before they are signed in: no navigation, one column. */
export function SignInFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <Header serviceName="Staff Passport Settings" />
      <PageShell>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">{children}</div>
        </div>
      </PageShell>
      <Footer />
    </>
  );
}
