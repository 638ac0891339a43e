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

/** Shown instead of a form to a user who may not change the settings. */
export function CannotChange({ backHref }: { backHref: string }) {
  return (
    <>
      <h1>You cannot change these settings</h1>
      <p>Only a Senior Portal Administrator can change your trust&apos;s settings.</p>
      <p>
        <Link href={backHref}>Go back to view the settings</Link>
      </p>
    </>
  );
}
