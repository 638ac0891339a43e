import { InsetText } from '@/components/nhsuk/layout-parts';
import { resolutionProgressText } from '@/lib/staff-members';

/**
 * While the background job is still working out who each template applies to (after a change), the
 * staff counts on the page are the previous ones: say so, and how far it has got.
 */
export function ResolutionProgress({ status }: { status: { upToDate: boolean; done: number; total: number } }) {
  if (status.upToDate) return null;
  return (
    <InsetText>
      <p>{resolutionProgressText(status.done, status.total)}</p>
    </InsetText>
  );
}
