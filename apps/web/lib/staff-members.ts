/** "No staff members", "1 staff member", "1,234 staff members". */
export function staffMembersText(count: number): string {
  if (count === 0) return 'No staff members';
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'staff member' : 'staff members'}`;
}

/** What the page says while template resolution is catching up after a change. */
export function resolutionProgressText(done: number, total: number): string {
  const progress = total > 0 ? ` (${done.toLocaleString('en-GB')} of ${staffMembersText(total)} checked so far)` : '';
  return `Staff counts are being updated after a recent change${progress}. Refresh the page to see the latest figures.`;
}
