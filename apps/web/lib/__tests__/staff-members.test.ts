import { resolutionProgressText, staffMembersText } from '../staff-members';

it('says how many staff members, in words a person reads', () => {
  expect(staffMembersText(0)).toBe('No staff members');
  expect(staffMembersText(1)).toBe('1 staff member');
  expect(staffMembersText(2)).toBe('2 staff members');
  expect(staffMembersText(12345)).toBe('12,345 staff members');
});

it('says how far the update of staff counts has got, when it knows', () => {
  expect(resolutionProgressText(394, 2091)).toBe(
    'Staff counts are being updated after a recent change (394 of 2,091 staff members checked so far). Refresh the page to see the latest figures.',
  );
  expect(resolutionProgressText(0, 0)).toBe('Staff counts are being updated after a recent change. Refresh the page to see the latest figures.');
});
