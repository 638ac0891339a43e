import { notFound } from 'next/navigation';
import { serverQuery } from '@/lib/apollo/server-client';
import { isNationalAdministrator, TRUSTS_PATH, trustPath } from '@/lib/navigation';
import { graphql } from '@/src/gql';

const TrustsViewerQuery = graphql(`
  query TrustsViewer {
    me {
      role
    }
  }
`);

export const TrustsPageQuery = graphql(`
  query TrustsPage($filter: TrustsFilter, $page: PageInput) {
    trusts(filter: $filter, page: $page) {
      nodes {
        id
        ...TrustTable_Trust
      }
      pageInfo {
        offset
        limit
        totalCount
        hasNextPage
      }
    }
  }
`);

const TrustByOdsCodeQuery = graphql(`
  query TrustByOdsCode($search: String!) {
    trusts(filter: { search: $search }, page: { offset: 0, limit: 200 }) {
      nodes {
        id
        odsCode
        name
        status
        registeredAt
        deactivatedAt
        activeSeniorAdministrators
        awaitingFirstAdministrator
      }
    }
  }
`);

/** Whether the signed-in person is a National Administrator: the only people the trusts pages are for. */
export async function isNational(): Promise<boolean> {
  const { me } = await serverQuery(TrustsViewerQuery);
  return isNationalAdministrator(me);
}

/** The ODS code in a trusts page's address, or null for anything that cannot be one. */
export function odsCodeOf(param: string): string | null {
  let code: string;
  try {
    code = decodeURIComponent(param).trim().toUpperCase();
  } catch {
    return null;
  }
  return /^[A-Z0-9]{3,5}$/.test(code) ? code : null;
}

/** Where a trust's pages go back to: its page, or the list for an address that names no trust. */
export const backToTrust = (param: string) => {
  const code = odsCodeOf(param);
  return code ? trustPath(code) : TRUSTS_PATH;
};

/**
 * The trust with this ODS code (its address in the portal), or the portal's 404. The search matches
 * part of a name or code, so the exact code is picked from what it finds.
 */
export async function trustOr404(odsCode: string) {
  const code = odsCodeOf(odsCode);
  if (!code) notFound();
  const data = await serverQuery(TrustByOdsCodeQuery, { search: code });
  const trust = data.trusts.nodes.find((node) => node.odsCode === code);
  if (!trust) notFound();
  return trust;
}
