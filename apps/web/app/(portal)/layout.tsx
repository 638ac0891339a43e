import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { ApolloWrapper } from '@/components/apollo/apollo-wrapper';
import { Footer } from '@/components/layout/page-shell';
import { PortalHeader } from '@/components/layout/portal-header';
import { SESSION_EXPIRED_PATH, serverQuery } from '@/lib/apollo/server-client';
import { sentEmailsFolder } from '@/lib/sent-emails';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';

const PortalLayoutQuery = graphql(`
  query PortalLayout {
    me {
      ...PortalHeader_Viewer
    }
  }
`);

/** Every portal page needs a signed-in user. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { me } = await serverQuery(PortalLayoutQuery);
  if (!me) redirect(SESSION_EXPIRED_PATH);
  return (
    <ApolloWrapper>
      <PortalHeader viewer={me} sentEmails={sentEmailsFolder() !== null} />
      {children}
      <Footer />
    </ApolloWrapper>
  );
}
