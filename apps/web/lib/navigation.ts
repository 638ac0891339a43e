import type { Crumb } from '@/components/nhsuk/layout-parts';

export const SYSTEM_MANAGEMENT_CRUMBS: Crumb[] = [
  { href: '/', text: 'Home' },
  { href: '/system-management', text: 'System management' },
];

export const ORGANISATION_PATH = '/system-management/organisation';
export const NOTIFICATIONS_PATH = '/system-management/notifications';
export const CREDENTIALS_PATH = '/system-management/credentials';
export const TEMPLATES_PATH = '/system-management/templates';
export const JOB_ROLES_PATH = '/system-management/job-roles';
export const AUDIT_PATH = '/system-management/audit';
export const PORTAL_USERS_PATH = '/system-management/users';
export const TRUSTS_PATH = '/trusts';
export const TRUSTS_AUDIT_PATH = '/trusts/audit';

export const portalUserPath = (portalUserId: string) => `${PORTAL_USERS_PATH}/${portalUserId}`;
export const trustPath = (odsCode: string) => `${TRUSTS_PATH}/${encodeURIComponent(odsCode)}`;

export const jobRolesPath = (staffGroupId: string) => `${JOB_ROLES_PATH}/${staffGroupId}`;

export const crumbsTo = (...more: Crumb[]): Crumb[] => [...SYSTEM_MANAGEMENT_CRUMBS, ...more];

export const SETTINGS_AREAS = [
  { href: '/system-management/organisation', title: 'Organisation details', description: 'The contact details your trust gave when it registered: people and team mailboxes.' },
  { href: '/system-management/notifications', title: 'Notification settings', description: 'Which teams get a weekly email summary of their outstanding actions, and where it is sent.' },
  { href: '/system-management/credentials', title: 'Credential settings – automatic issuance', description: 'Which credentials are issued automatically when ESR sends an update.' },
  { href: '/system-management/templates', title: 'Credentials required templates', description: 'Which credentials staff need, by staff group, job role and employment type.' },
  { href: '/system-management/job-roles', title: 'Manage job roles', description: 'The job roles your trust uses within each staff group.' },
  { href: '/system-management/audit', title: 'Audit log', description: 'Who changed which setting, and when.' },
];

export const PORTAL_USERS_AREA = {
  href: PORTAL_USERS_PATH,
  title: 'Portal users',
  description: 'Who can sign in to the portal for your trust, their roles, and their two-step verification.',
};

/** The System management areas this person may open: Portal users only for those who manage them. */
export function settingsAreasFor(viewer: { canManagePortalUsers: boolean } | null | undefined) {
  return viewer?.canManagePortalUsers ? [...SETTINGS_AREAS, PORTAL_USERS_AREA] : SETTINGS_AREAS;
}

/** A National Administrator belongs to no trust: their portal is the list of trusts. */
export const isNationalAdministrator = (viewer: { role?: string | null } | null | undefined) => viewer?.role === 'NATIONAL_ADMINISTRATOR';

export const TRUSTS_CRUMBS: Crumb[] = [{ href: TRUSTS_PATH, text: 'Trusts' }];

