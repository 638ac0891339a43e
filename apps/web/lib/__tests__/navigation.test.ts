import { isNationalAdministrator, PORTAL_USERS_PATH, settingsAreasFor } from '../navigation';

it('lists Portal users among the System management areas only for those who manage the trust’s portal users', () => {
  expect(settingsAreasFor({ canManagePortalUsers: true }).map((area) => area.href)).toContain(PORTAL_USERS_PATH);
  expect(settingsAreasFor({ canManagePortalUsers: false }).map((area) => area.href)).not.toContain(PORTAL_USERS_PATH);
  expect(settingsAreasFor(null).map((area) => area.href)).not.toContain(PORTAL_USERS_PATH);
});

it('knows a National Administrator by their role', () => {
  expect(isNationalAdministrator({ role: 'NATIONAL_ADMINISTRATOR' })).toBe(true);
  expect(isNationalAdministrator({ role: 'SENIOR_PORTAL_ADMINISTRATOR' })).toBe(false);
  expect(isNationalAdministrator(null)).toBe(false);
});
