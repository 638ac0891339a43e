import { actionsFor, invitationText, lastSignInText, mfaStatusText } from '../portal-users';

describe('what a Senior Portal Administrator may do about a person', () => {
  const me = 'me-id';

  it('offers nothing about their own role, deactivation or authenticator app', () => {
    expect(actionsFor({ id: me, status: 'ACTIVE', mfaEnrolled: true }, me)).toMatchObject({
      self: true,
      changeRole: false,
      deactivate: false,
      resetMfa: false,
    });
  });

  it('offers deactivation to active people, reactivation to deactivated ones, and a reset only where there is an app to reset', () => {
    expect(actionsFor({ id: 'a', status: 'ACTIVE', mfaEnrolled: false }, me)).toMatchObject({ changeRole: true, deactivate: true, reactivate: false, resetMfa: false });
    expect(actionsFor({ id: 'b', status: 'DEACTIVATED', mfaEnrolled: true }, me)).toMatchObject({ deactivate: false, reactivate: true, resetMfa: true });
  });

  it('offers to send again or withdraw only an invitation waiting to be accepted', () => {
    expect(actionsFor({ id: 'c', status: 'INVITED', mfaEnrolled: false }, me)).toMatchObject({ resendInvitation: true, withdrawInvitation: true, deactivate: false });
    expect(actionsFor({ id: 'd', status: 'ACTIVE', mfaEnrolled: false }, me)).toMatchObject({ resendInvitation: false, withdrawInvitation: false });
  });
});

describe('the words for a person’s account', () => {
  it('says whether the authenticator app is set up and, if not, whether it will be asked for', () => {
    expect(mfaStatusText({ mfaEnrolled: true, mfaRequired: true })).toBe('Set up');
    expect(mfaStatusText({ mfaEnrolled: false, mfaRequired: true })).toBe('Not set up yet: asked for at next sign-in');
    expect(mfaStatusText({ mfaEnrolled: false, mfaRequired: false })).toBe('Not set up (not needed)');
  });

  it('says where an invitation stands: failed, expired, waiting to go, or sent with the time its link stops working', () => {
    expect(invitationText({ expired: false, emailStatus: 'FAILED', emailError: 'mailbox unavailable' })).toBe(
      'The invitation email could not be sent (mailbox unavailable). Send it again',
    );
    expect(invitationText({ expired: true, emailStatus: 'SENT', sentAt: '2026-11-20T09:00:00Z' })).toBe('The invitation has expired. Send it again');
    expect(invitationText({ expired: false, emailStatus: 'PENDING', sentAt: null })).toBe('The invitation email is waiting to be sent');
    expect(invitationText({ expired: false, emailStatus: 'SENT', sentAt: '2026-11-25T09:30:00Z', expiresAt: '2026-11-28T09:30:00Z' })).toBe(
      'Sent 25 Nov 2026, 09:30; the link works until 28 Nov 2026, 09:30',
    );
    expect(invitationText(null)).toBe('No invitation waiting');
  });

  it('says Never for someone who has not signed in, and the time in England otherwise', () => {
    expect(lastSignInText(null)).toBe('Never');
    expect(lastSignInText('2026-07-01T08:15:00Z')).toBe('1 Jul 2026, 09:15');
  });
});
