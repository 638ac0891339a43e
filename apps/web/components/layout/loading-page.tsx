import { PageShell } from './page-shell';

export function LoadingPage() {
  return (
    <PageShell>
      <p className="nhsuk-body" role="status" aria-live="polite">
        Loading…
      </p>
    </PageShell>
  );
}
