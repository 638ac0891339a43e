'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { PageShell } from './page-shell';

/** What every route segment's error.tsx shows: a plain message and a way to try again. */
export function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageShell>
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again later. Any changes you had not saved have not been saved.</p>
        <p className="nhsuk-body-s">{error.digest ? `Error reference: ${error.digest}` : error.message}</p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reset}>
          Try again
        </button>
        <p>
          <Link href="/system-management">Go to System management</Link>
        </p>
      </div>
    </div>
    </PageShell>
  );
}
