'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** A success notification banner, shown after a save; focused so the message is read out. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby="nhsuk-notification-banner-title"
      tabIndex={-1}
      data-module="nhsuk-notification-banner"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="nhsuk-notification-banner-title">
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

/** An important (blue) notification banner, e.g. to say the page is read-only. */
export function ImportantBanner({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-notification-banner" role="region" aria-labelledby="nhsuk-important-banner-title" data-module="nhsuk-notification-banner">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="nhsuk-important-banner-title">
          Important
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-body">{children}</p>
      </div>
    </div>
  );
}
