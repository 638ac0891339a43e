import { CannotChange } from '@/components/layout/read-only-notice';

/** What the trusts pages show anyone who is not a National Administrator. */
export function NotNational() {
  return (
    <CannotChange
      backHref="/system-management"
      heading="You cannot manage trusts"
      reason="Only National Administrators (the NHS England service team) register trusts and see the list of trusts."
      backText="Go back to System management"
    />
  );
}
