'use client';

import { useEffect, useRef } from 'react';

/** Where FlashBanner clears the message it showed (app/(portal)/system-management/flash/route.ts). */
export const FLASH_CLEAR_PATH = '/system-management/flash';

/**
 * The message the server action that made a change left for this page (lib/flash.ts), in the NHS.UK
 * notification banner: green "Success" for a change made, blue "Important" otherwise (nothing to
 * change). Focused when it appears so it is read out, and cleared once shown, so reloading the page
 * does not show it again.
 */
export function FlashBanner({ flash }: { flash: { kind: 'success' | 'information'; message: string } }) {
  const ref = useRef<HTMLDivElement>(null);
  const success = flash.kind === 'success';
  useEffect(() => {
    ref.current?.focus();
    void fetch(FLASH_CLEAR_PATH, { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
  }, [flash]);
  return (
    <div
      ref={ref}
      className={`nhsuk-notification-banner${success ? ' nhsuk-notification-banner--success' : ''}`}
      role="alert"
      aria-labelledby="nhsuk-notification-banner-title"
      tabIndex={-1}
      data-module="nhsuk-notification-banner"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="nhsuk-notification-banner-title">
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{flash.message}</p>
      </div>
    </div>
  );
}
