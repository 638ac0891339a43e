import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { ContactForm } from '@/components/organisation/contact-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { getFragmentData, graphql } from '@/src/gql';
import { ContactFormContactFragment } from '@/components/organisation/contact-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change contact details' };

const ChangeContactPageQuery = graphql(`
  query ChangeContactPage {
    me {
      canChangeSettings
    }
    organisation {
      contacts {
        ...ContactForm_Contact
      }
    }
  }
`);

const RETURN_TO = '/system-management/organisation';

export default async function ChangeContactPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const data = await serverQuery(ChangeContactPageQuery);
  const contact = data.organisation.contacts.find((c) => getFragmentData(ContactFormContactFragment, c).id === contactId);
  if (!contact) notFound();
  return (
    <PageShell before={<BackLink href={RETURN_TO} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.canChangeSettings ? <ContactForm contact={contact} returnTo={RETURN_TO} /> : <CannotChange backHref={RETURN_TO} />}
        </div>
      </div>
    </PageShell>
  );
}
