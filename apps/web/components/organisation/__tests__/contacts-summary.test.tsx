import { render, screen } from '@testing-library/react';
import { makeFragmentData } from '@/src/gql';
import { ContactsSummary, ContactsSummaryOrganisationFragment } from '../contacts-summary';

const organisation = makeFragmentData(
  {
    name: 'Riverside Demo NHS Foundation Trust',
    odsCode: 'RX1',
    contacts: [
      { id: 'c1', label: 'Primary contact', isTeam: false, name: 'Priya Patel', email: 'priya@rx1.nhs.uk', phone: null },
      { id: 'c2', label: 'HR team', isTeam: true, name: 'HR team', email: 'hr@rx1.nhs.uk', phone: '01632 960 010' },
    ],
  },
  ContactsSummaryOrganisationFragment,
);

describe('organisation contacts', () => {
  it('gives a Senior Portal Administrator a Change link per contact', () => {
    render(<ContactsSummary organisation={organisation} canChange />);
    expect(screen.getByRole('link', { name: 'Change primary contact details' })).toHaveAttribute('href', '/system-management/organisation/contacts/c1');
    expect(screen.getByRole('link', { name: 'Change HR team details' })).toBeInTheDocument();
  });

  it('is read-only for others', () => {
    render(<ContactsSummary organisation={organisation} canChange={false} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(document.body).toHaveTextContent('Priya Patel');
  });
});
