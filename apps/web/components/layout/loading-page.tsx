/** Shown while a page loads; the page itself brings the main landmark. */
export function LoadingPage() {
  return (
    <div className="nhsuk-width-container nhsuk-main-wrapper">
      <p className="nhsuk-body" role="status" aria-live="polite">
        Loading…
      </p>
    </div>
  );
}
