import Link from 'next/link';
import { InsetText } from '@/components/nhsuk/layout-parts';

/** Shown to users who may view but not change the settings. */
export function ReadOnlyNotice() {
  return (
    <InsetText>
      <p>You can view these settings. Only a Senior Portal Administrator can change them.</p>
    </InsetText>
  );
}

/**
 * Shown instead of a form that cannot be used: by default to a user who may not change the settings;
 * `heading` and `reason` say why otherwise (e.g. default templates cannot be deleted by anyone).
 */
export function CannotChange({
  backHref,
  heading = 'You cannot change these settings',
  reason = 'Only a Senior Portal Administrator can change your trust’s settings.',
  backText = 'Go back to view the settings',
}: {
  backHref: string;
  heading?: string;
  reason?: string;
  backText?: string;
}) {
  return (
    <>
      <h1>{heading}</h1>
      <p>{reason}</p>
      <p>
        <Link href={backHref}>{backText}</Link>
      </p>
    </>
  );
}
