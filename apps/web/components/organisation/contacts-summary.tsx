import Link from 'next/link';
import { SummaryList, type SummaryRow } from '@/components/nhsuk/summary-list';
import { NOTIFICATIONS_PATH, ORGANISATION_PATH } from '@/lib/navigation';
import { TEAM_OF_CONTACT_ROLE, TEAM_SLUGS, inSentence } from '@/lib/teams';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const ContactsSummaryOrganisationFragment = graphql(`
  fragment ContactsSummary_Organisation on Organisation {
    name
    odsCode
    contacts {
      id
      role
      label
      isTeam
      name
      email
      phone
    }
    notificationSettings {
      team
      teamName
      email
      enabled
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

const changeContact = (contact: Contact, canChange: boolean, what: string): SummaryRow['action'] =>
  canChange ? { href: `${ORGANISATION_PATH}/contacts/${contact.id}`, visuallyHiddenText: what } : undefined;

/**
 * Every contact of the trust: individuals, then each team with its contact and, beside it, the
 * address its weekly summary goes to (a Notification setting, which is not the team's contact), so
 * nobody changes one thinking it is the other.
 */
export function ContactsSummary(props: { organisation: FragmentType<typeof ContactsSummaryOrganisationFragment>; canChange: boolean }) {
  const organisation = getFragmentData(ContactsSummaryOrganisationFragment, props.organisation);
  const individuals = organisation.contacts.filter((c) => !c.isTeam);
  const teams = organisation.contacts.filter((c) => c.isTeam);
  return (
    <>
      <SummaryList rows={[{ key: 'Organisation', value: `${organisation.name} (ODS code ${organisation.odsCode})` }]} />
      <h2>Contacts</h2>
      <SummaryList
        rows={individuals.map((contact) => ({
          key: contact.label,
          value: <ContactValue contact={contact} />,
          action: changeContact(contact, props.canChange, `${inSentence(contact.label)} details`),
        }))}
      />
      <h2>Teams</h2>
      <p>
        Each team has a contact here for people who need to get in touch with it. Its weekly summary email goes to the address in{' '}
        <Link href={NOTIFICATIONS_PATH}>Notification settings</Link>, which can be different.
      </p>
      {teams.map((contact) => {
        const team = TEAM_OF_CONTACT_ROLE[contact.role];
        const setting = organisation.notificationSettings.find((s) => s.team === team);
        const rows: SummaryRow[] = [{ key: 'Contact', value: <ContactValue contact={contact} />, action: changeContact(contact, props.canChange, `${inSentence(contact.label)} contact details`) }];
        if (team && setting) {
          rows.push({
            key: 'Weekly summary email goes to',
            value: (
              <>
                {setting.email}
                <br />
                <span className="nhsuk-body-s">
                  {setting.enabled ? 'Set in Notification settings' : 'Set in Notification settings. Weekly summary emails are turned off for this team.'}
                </span>
              </>
            ),
            action: props.canChange
              ? { href: `${NOTIFICATIONS_PATH}/${TEAM_SLUGS[team]}/email`, visuallyHiddenText: `where the ${inSentence(setting.teamName)}’s weekly summary goes` }
              : undefined,
          });
        }
        return (
          <section key={contact.id} aria-labelledby={`contact-${contact.id}`}>
            <h3 id={`contact-${contact.id}`}>{contact.label}</h3>
            <SummaryList rows={rows} />
          </section>
        );
      })}
    </>
  );
}
