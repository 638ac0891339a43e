import { redirect } from 'next/navigation';
import { serverQuery } from '@/lib/apollo/server-client';
import { isNationalAdministrator, TRUSTS_PATH } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';

const HomeQuery = graphql(`
  query Home {
    me {
      role
    }
  }
`);

/** A trust's administrators start at System management; a National Administrator, who has no trust, at the trusts. */
export default async function Home() {
  const { me } = await serverQuery(HomeQuery);
  redirect(isNationalAdministrator(me) ? TRUSTS_PATH : '/system-management');
}
