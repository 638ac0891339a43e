import Link from 'next/link';
import { Tag } from '@/components/nhsuk/layout-parts';
import { ResponsiveTable } from '@/components/nhsuk/table';
import { trustPath } from '@/lib/navigation';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';
import { formatDate, seniorAdministratorsText } from './registration';

export const TrustTableTrustFragment = graphql(`
  fragment TrustTable_Trust on Trust {
    id
    odsCode
    name
    status
    registeredAt
    activeSeniorAdministrators
    awaitingFirstAdministrator
  }
`);

export function TrustTable(props: { trusts: FragmentType<typeof TrustTableTrustFragment>[] }) {
  const trusts = getFragmentData(TrustTableTrustFragment, props.trusts);
  if (trusts.length === 0) return <p>No trusts match.</p>;
  return (
    <ResponsiveTable
      caption="Registered trusts"
      captionHidden
      headers={['Trust', 'ODS code', 'Status', 'Registered', 'Senior Portal Administrators']}
      rows={trusts.map((trust) => ({
        key: trust.id,
        attributes: { 'data-ods-code': trust.odsCode },
        cells: [
          <Link href={trustPath(trust.odsCode)} key="name">
            {trust.name}
          </Link>,
          trust.odsCode,
          <Tag colour={trust.status === 'ACTIVE' ? 'green' : 'grey'} key="status">
            {trust.status === 'ACTIVE' ? 'Active' : 'Deactivated'}
          </Tag>,
          formatDate(trust.registeredAt),
          seniorAdministratorsText(trust),
        ],
      }))}
    />
  );
}
