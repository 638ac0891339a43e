import { SummaryList, type SummaryRow } from '@/components/nhsuk/summary-list';
import { inSentence } from '@/lib/teams';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const ContactsSummaryOrganisationFragment = graphql(`
  fragment ContactsSummary_Organisation on Organisation {
    name
    odsCode
    contacts {
      id
      label
      isTeam
      name
      email
      phone
    }
  }
`);

type Contact = { id: string; label: string; name: string; email?: string | null; phone?: string | null };

function ContactValue({ contact }: { contact: Contact }) {
  return (
    <>
      {contact.name}
      {contact.email ? (
        <>
          <br />
          {contact.email}
        </>
      ) : null}
      {contact.phone ? (
        <>
          <br />
          {contact.phone}
        </>
      ) : null}
    </>
  );
}

function rows(contacts: Contact[], canChange: boolean): SummaryRow[] {
  return contacts.map((contact) => ({
    key: contact.label,
    value: <ContactValue contact={contact} />,
    action: canChange
      ? { href: `/system-management/organisation/contacts/${contact.id}`, visuallyHiddenText: `${inSentence(contact.label)} details` }
      : undefined,
  }));
}

/** Every contact of the trust, individuals then teams, each with a Change link for those who may. */
export function ContactsSummary(props: { organisation: FragmentType<typeof ContactsSummaryOrganisationFragment>; canChange: boolean }) {
  const organisation = getFragmentData(ContactsSummaryOrganisationFragment, props.organisation);
  const individuals = organisation.contacts.filter((c) => !c.isTeam);
  const teams = organisation.contacts.filter((c) => c.isTeam);
  return (
    <>
      <SummaryList rows={[{ key: 'Organisation', value: `${organisation.name} (ODS code ${organisation.odsCode})` }]} />
      <h2>Contacts</h2>
      <SummaryList rows={rows(individuals, props.canChange)} />
      <h2>Teams</h2>
      <SummaryList rows={rows(teams, props.canChange)} />
    </>
  );
}
