import { CannotChange } from '@/components/layout/read-only-notice';

/** What the Portal users pages show anyone who does not manage the trust's portal users. */
export function CannotManageUsers() {
  return (
    <CannotChange
      backHref="/system-management"
      heading="You cannot manage portal users"
      reason="Only a Senior Portal Administrator can see and change who uses the portal for your trust."
      backText="Go back to System management"
    />
  );
}
