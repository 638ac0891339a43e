'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** Where FlashBanner clears the message it showed (app/(portal)/system-management/flash/route.ts). */
export const FLASH_CLEAR_PATH = '/system-management/flash';

/**
 * The NHS.UK notification banner. `success` (green) after a change, focused so the message is read
 * out; otherwise the blue "Important" banner, focused too when it reports what just happened.
 */
function NotificationBanner({ kind, announce, children }: { kind: 'success' | 'important'; announce: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `nhsuk-notification-banner-title-${kind}`;
  useEffect(() => {
    if (announce) ref.current?.focus();
  }, [announce]);
  return (
    <div
      ref={ref}
      className={`nhsuk-notification-banner${kind === 'success' ? ' nhsuk-notification-banner--success' : ''}`}
      role={announce ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={announce ? -1 : undefined}
      data-module="nhsuk-notification-banner"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          {kind === 'success' ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

/** A success notification banner, shown after a change. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <NotificationBanner kind="success" announce>
      {children}
    </NotificationBanner>
  );
}

/** An important (blue) notification banner, e.g. to say something the page cannot show otherwise. */
export function ImportantBanner({ children }: { children: ReactNode }) {
  return (
    <NotificationBanner kind="important" announce={false}>
      {children}
    </NotificationBanner>
  );
}

/**
 * The message the server action that made a change left for this page (lib/flash.ts), shown once:
 * once it is on screen it is cleared, so reloading the page does not show it again.
 */
export function FlashBanner({ flash }: { flash: { kind: 'success' | 'information'; message: string } }) {
  useEffect(() => {
    void fetch(FLASH_CLEAR_PATH, { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
  }, [flash]);
  return (
    <NotificationBanner kind={flash.kind === 'success' ? 'success' : 'important'} announce>
      {flash.message}
    </NotificationBanner>
  );
}
