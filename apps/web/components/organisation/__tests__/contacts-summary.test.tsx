import { render, screen } from '@testing-library/react';
import { makeFragmentData } from '@/src/gql';
import { ContactsSummary, ContactsSummaryOrganisationFragment } from '../contacts-summary';

const organisation = makeFragmentData(
  {
    name: 'Riverside Demo NHS Foundation Trust',
    odsCode: 'RX1',
    contacts: [
      { id: 'c1', role: 'PRIMARY_CONTACT', label: 'Primary contact', isTeam: false, name: 'Priya Patel', email: 'priya@rx1.nhs.uk', phone: null },
      { id: 'c2', role: 'HR_TEAM', label: 'HR team', isTeam: true, name: 'HR team', email: 'hr@rx1.nhs.uk', phone: '01632 960 010' },
    ],
    notificationSettings: [
      { team: 'HR', teamName: 'HR team', email: 'hr.passport@rx1.nhs.uk', enabled: true },
      { team: 'OCCUPATIONAL_HEALTH', teamName: 'Occupational health team', email: 'oh@rx1.nhs.uk', enabled: false },
    ],
  },
  ContactsSummaryOrganisationFragment,
);

describe('organisation contacts', () => {
  it('gives a Senior Portal Administrator a Change link per contact', () => {
    render(<ContactsSummary organisation={organisation} canChange />);
    expect(screen.getByRole('link', { name: 'Change primary contact details' })).toHaveAttribute('href', '/system-management/organisation/contacts/c1');
    expect(screen.getByRole('link', { name: 'Change HR team contact details' })).toBeInTheDocument();
  });

  it('says beside each team’s contact where its weekly summary goes, with a link to change that address', () => {
    render(<ContactsSummary organisation={organisation} canChange />);
    const hrTeam = screen.getByRole('region', { name: 'HR team' });
    expect(hrTeam).toHaveTextContent('Weekly summary email goes to');
    expect(hrTeam).toHaveTextContent('hr.passport@rx1.nhs.uk');
    expect(screen.getByRole('link', { name: 'Change where the HR team’s weekly summary goes' })).toHaveAttribute(
      'href',
      '/system-management/notifications/hr/email',
    );
  });

  it('is read-only for others', () => {
    render(<ContactsSummary organisation={organisation} canChange={false} />);
    expect(screen.queryAllByRole('link', { name: /^Change/ })).toHaveLength(0);
    expect(document.body).toHaveTextContent('Priya Patel');
    expect(document.body).toHaveTextContent('hr.passport@rx1.nhs.uk');
  });
});
