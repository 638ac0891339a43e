import { staffMembersText } from '../staff-members';

it('says how many staff members, in words a person reads', () => {
  expect(staffMembersText(0)).toBe('No staff members');
  expect(staffMembersText(1)).toBe('1 staff member');
  expect(staffMembersText(2)).toBe('2 staff members');
  expect(staffMembersText(12345)).toBe('12,345 staff members');
});
