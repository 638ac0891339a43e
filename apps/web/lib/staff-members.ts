/** "No staff members", "1 staff member", "1,234 staff members". */
export function staffMembersText(count: number): string {
  if (count === 0) return 'No staff members';
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'staff member' : 'staff members'}`;
}
