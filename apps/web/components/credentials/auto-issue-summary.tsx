import { SummaryList } from '@/components/nhsuk/summary-list';
import { getFragmentData, type FragmentType } from '@/src/gql';
import { AutoIssueFormCategoryFragment } from './auto-issue-form';

/** The read-only view: each credential and whether it is issued automatically. */
export function AutoIssueSummary(props: { catalogue: FragmentType<typeof AutoIssueFormCategoryFragment>[] }) {
  const categories = getFragmentData(AutoIssueFormCategoryFragment, props.catalogue);
  return (
    <>
      {categories.map((category) => (
        <section key={category.id}>
          <h2>{category.name}</h2>
          <SummaryList
            rows={category.credentials.map((credential) => ({
              key: credential.name,
              value: credential.autoIssue ? 'Issued automatically' : 'Issued by hand',
            }))}
          />
        </section>
      ))}
    </>
  );
}
