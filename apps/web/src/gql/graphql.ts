/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccountEmailStatus =
  /** No longer wanted (e.g. the invitation was sent again or withdrawn before this email went). */
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** What an audit event is about, for filtering the audit log. */
export type AuditEventKind =
  /** Which credentials are issued automatically. */
  | 'AUTOMATIC_ISSUANCE'
  /** Staff members and credential updates sent by ESR. */
  | 'ESR_UPDATES'
  | 'JOB_ROLES'
  /** Credentials issued by hand. */
  | 'MANUAL_ISSUE'
  /** Teams' summary addresses and whether they get the weekly email. */
  | 'NOTIFICATION_SETTINGS'
  /** Contacts in the organisation details. */
  | 'ORGANISATION_DETAILS'
  /** Summaries sent now by a Senior Portal Administrator. */
  | 'SUMMARY_EMAILS'
  /** Credentials required templates. */
  | 'TEMPLATES';

/** Narrows the audit log. Days are days in England (Europe/London); both ends are included. */
export type AuditEventsFilter = {
  /** Only events on or after this day. */
  from?: string | null | undefined;
  /** Only these kinds; omitted or empty means every kind. */
  kinds?: Array<AuditEventKind> | null | undefined;
  /** Only events on or before this day. */
  to?: string | null | undefined;
};

/** Turn automatic issuance on or off for credentials and whole categories. */
export type AutoIssueChangeInput = {
  categoryIds?: Array<string> | null | undefined;
  credentialIds?: Array<string> | null | undefined;
  enabled: boolean;
};

export type CallerKind =
  | 'API_CLIENT'
  /** Only in audit events: a command run by an operator (npm run trust, npm run admin). */
  | 'OPERATOR'
  | 'PORTAL_USER';

export type ContactRole =
  | 'DATA_PROTECTION_OFFICER'
  | 'EDUCATION_AND_TRAINING_TEAM'
  | 'HR_SUPPORT'
  | 'HR_TEAM'
  | 'INFORMATION_GOVERNANCE'
  | 'MEDICAL_HR_SUPPORT'
  | 'OCCUPATIONAL_HEALTH_TEAM'
  | 'PRIMARY_CONTACT'
  | 'SENIOR_PORTAL_ADMINISTRATOR';

export type CreateCredentialsRequiredTemplateInput = {
  categoryIds?: Array<string> | null | undefined;
  credentialIds?: Array<string> | null | undefined;
  employmentTypes: Array<EmploymentType>;
  jobRoleId?: string | null | undefined;
  /** Letters, digits, spaces and - ' & ( ) , . only, at most 100 characters (see nameRule). */
  name: string;
  staffGroupId: string;
};

export type CreateJobRoleInput = {
  /** The same rule as template names (see nameRule). */
  name: string;
  staffGroupId: string;
};

export type EmploymentType =
  /** On a permanent or fixed-term contract with the trust, recorded on its ESR. */
  | 'PERMANENT_OR_FIXED_TERM'
  /** Working at the trust for a while but contracted by another organisation. */
  | 'TEMPORARY_MOVER';

export type FirstSeniorAdministratorInput = {
  email: string;
  name: string;
};

export type InvitePortalUserInput = {
  displayName: string;
  /** They sign in with it; it must not belong to another portal user. */
  email: string;
  /** SENIOR_PORTAL_ADMINISTRATOR or PORTAL_ADMINISTRATOR. */
  role: PortalRole;
};

/** Where a page of a list starts and how long it is. `limit` is at most 200. */
export type PageInput = {
  limit?: number | null | undefined;
  offset?: number | null | undefined;
};

export type PortalRole =
  /** NHS England's service team: registers, deactivates and reactivates trusts; bound to no trust and reads none of their settings. */
  | 'NATIONAL_ADMINISTRATOR'
  /** May view the settings of their trust, never change them. */
  | 'PORTAL_ADMINISTRATOR'
  /** May view and change the settings of their trust, and manages its portal users. */
  | 'SENIOR_PORTAL_ADMINISTRATOR';

export type PortalUserStatus =
  | 'ACTIVE'
  /** Cannot sign in; kept on record. Reactivating restores them. */
  | 'DEACTIVATED'
  /** Invited, has not set a password yet. */
  | 'INVITED';

export type PortalUsersFilter = {
  status?: PortalUserStatus | null | undefined;
};

/**
 * A trust's registration. Its Organisation details and Notification settings start as given here: every
 * contact role once (SENIOR_PORTAL_ADMINISTRATOR may be left out: it is then the first Senior Portal
 * Administrator), and each team's summary address (a team left out gets its team contact's email address;
 * every weekly summary starts on). Automatic issuance starts at the national default: off for every
 * credential. Errors name the field, e.g. contacts.HR_TEAM.email, summaryAddresses.HR, odsCode.
 */
export type RegisterTrustInput = {
  contacts: Array<TrustContactInput>;
  /** Invited by email at once; they manage the trust's portal users from then on. */
  firstSeniorAdministrator: FirstSeniorAdministratorInput;
  name: string;
  /** 3 to 5 capital letters and digits, e.g. RJ1; unique. */
  odsCode: string;
  summaryAddresses?: Array<TrustSummaryAddressInput> | null | undefined;
};

/** All changes are saved together in one transaction, or none is. */
export type SetAutoIssueInput = {
  changes: Array<AutoIssueChangeInput>;
};

export type SignInStatus =
  /** The password was right, and this person must set up an authenticator app first: startMfaEnrolment, then confirmMfaEnrolment. */
  | 'MFA_ENROLMENT_REQUIRED'
  /** The password was right; now send a code from the authenticator app (or a recovery code) with completeSignIn. */
  | 'MFA_REQUIRED'
  /** Signed in: token, expiresAt and viewer are set. */
  | 'SIGNED_IN';

/** The teams that own credentials and receive weekly summaries of outstanding actions. */
export type Team =
  | 'EDUCATION_AND_TRAINING'
  | 'HR'
  | 'OCCUPATIONAL_HEALTH';

export type TemplateMatch =
  /** The national default template of the staff group. */
  | 'DEFAULT'
  /** The trust's custom template for the staff group, job role and employment type. */
  | 'JOB_ROLE'
  /** The trust's custom template for the staff group (no job role) and employment type. */
  | 'STAFF_GROUP';

/** A template as it would be saved, to preview before saving it. */
export type TemplateReachPreviewInput = {
  categoryIds?: Array<string> | null | undefined;
  credentialIds?: Array<string> | null | undefined;
  employmentTypes: Array<EmploymentType>;
  /** The template being changed: left out of the count and the clash checks. Omit it for a new template. */
  id?: string | null | undefined;
  jobRoleId?: string | null | undefined;
  name: string;
  staffGroupId: string;
};

export type TrustContactInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  role: ContactRole;
};

export type TrustStatus =
  | 'ACTIVE'
  /** Its users cannot sign in and its API keys do not work; nothing is deleted. */
  | 'DEACTIVATED';

export type TrustSummaryAddressInput = {
  email: string;
  team: Team;
};

export type TrustsFilter = {
  /** Part of the name or ODS code, any case. */
  search?: string | null | undefined;
  status?: TrustStatus | null | undefined;
};

export type UpdateCredentialsRequiredTemplateInput = {
  categoryIds?: Array<string> | null | undefined;
  credentialIds?: Array<string> | null | undefined;
  employmentTypes: Array<EmploymentType>;
  id: string;
  jobRoleId?: string | null | undefined;
  name: string;
  staffGroupId: string;
};

export type UpdateJobRoleInput = {
  id: string;
  /** The same rule as template names (see nameRule). */
  name: string;
};

/** Change a team's address, its on/off switch, or both. Omitted fields keep their value. */
export type UpdateNotificationSettingInput = {
  email?: string | null | undefined;
  enabled?: boolean | null | undefined;
  team: Team;
};

export type UpdateOrganisationContactInput = {
  contactId: string;
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { me: { displayName: string, username: string | null, email: string | null, role: PortalRole | null, mfaEnrolled: boolean | null, organisation: { name: string, portalAdministratorMfaRequired: boolean } | null } | null };

export type PortalLayoutQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalLayoutQuery = { me: { ' $fragmentRefs'?: { 'PortalHeader_ViewerFragment': PortalHeader_ViewerFragment } } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { me: { role: PortalRole | null } | null };

export type SentEmailsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SentEmailsPageQuery = { me: { role: PortalRole | null, organisation: { odsCode: string } | null } | null };

export type AuditPageQueryVariables = Exact<{
  filter?: AuditEventsFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AuditPageQuery = { auditEvents: { nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'AuditTable_EventFragment': AuditTable_EventFragment } }
    )>, pageInfo: { offset: number, limit: number, totalCount: number, hasNextPage: boolean } } };

export type SetAutoIssueMutationVariables = Exact<{
  input: SetAutoIssueInput;
}>;


export type SetAutoIssueMutation = { setAutoIssue: { changedCount: number } };

export type CredentialsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsPageQuery = { me: { canChangeSettings: boolean } | null, credentialCatalogue: Array<{ ' $fragmentRefs'?: { 'AutoIssueForm_CategoryFragment': AutoIssueForm_CategoryFragment } }> };

export type CreateJobRoleMutationVariables = Exact<{
  input: CreateJobRoleInput;
}>;


export type CreateJobRoleMutation = { createJobRole: { id: string, name: string } };

export type UpdateJobRoleMutationVariables = Exact<{
  input: UpdateJobRoleInput;
}>;


export type UpdateJobRoleMutation = { updateJobRole: { id: string, name: string } };

export type DeleteJobRoleMutationVariables = Exact<{
  id: string;
}>;


export type DeleteJobRoleMutation = { deleteJobRole: { deletedId: string } };

export type JobRoleNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type JobRoleNamesQuery = { staffGroups: Array<{ id: string, jobRoles: Array<{ id: string, name: string }> }> };

export type JobRolesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type JobRolesPageQuery = { me: { canChangeSettings: boolean } | null, staffGroups: Array<{ id: string, code: string, name: string, jobRoles: Array<{ id: string }> }> };

export type StaffGroupJobRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffGroupJobRolesQuery = { me: { canChangeSettings: boolean } | null, nameRule: { hint: string }, staffGroups: Array<(
    { id: string, name: string, jobRoles: Array<{ id: string, name: string, templates: Array<{ id: string, name: string }> }> }
    & { ' $fragmentRefs'?: { 'JobRoleList_StaffGroupFragment': JobRoleList_StaffGroupFragment } }
  )> };

export type NotificationEmailPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationEmailPageQuery = { me: { canChangeSettings: boolean } | null, organisation: { notificationSettings: Array<{ team: Team, teamName: string, email: string }> } };

export type SendSummaryNowPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SendSummaryNowPageQuery = { me: { role: PortalRole | null } | null, organisation: { notificationSettings: Array<{ team: Team, teamName: string, email: string, enabled: boolean }> }, outstandingActions: Array<{ team: Team, total: number }> };

export type UpdateNotificationSettingMutationVariables = Exact<{
  input: UpdateNotificationSettingInput;
}>;


export type UpdateNotificationSettingMutation = { updateNotificationSetting: { team: Team, teamName: string, email: string, enabled: boolean } };

export type SendSummaryNowMutationVariables = Exact<{
  team: Team;
}>;


export type SendSummaryNowMutation = { sendSummaryNow: { team: Team, teamName: string, recipient: string | null } };

export type NotificationsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsPageQuery = { me: { canChangeSettings: boolean, role: PortalRole | null } | null, organisation: { name: string, contacts: Array<{ id: string, role: ContactRole, name: string, email: string | null }>, notificationSettings: Array<{ ' $fragmentRefs'?: { 'NotificationSettingSection_SettingFragment': NotificationSettingSection_SettingFragment } }> }, outstandingActions: Array<{ ' $fragmentRefs'?: { 'SummaryEmailPreview_ActionsFragment': SummaryEmailPreview_ActionsFragment } }> };

export type UpdateOrganisationContactMutationVariables = Exact<{
  input: UpdateOrganisationContactInput;
}>;


export type UpdateOrganisationContactMutation = { updateOrganisationContact: { id: string, label: string } };

export type ChangeContactPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangeContactPageQuery = { me: { canChangeSettings: boolean } | null, organisation: { contacts: Array<{ ' $fragmentRefs'?: { 'ContactForm_ContactFragment': ContactForm_ContactFragment } }> } };

export type OrganisationPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationPageQuery = { me: { canChangeSettings: boolean } | null, organisation: { ' $fragmentRefs'?: { 'ContactsSummary_OrganisationFragment': ContactsSummary_OrganisationFragment } } };

export type SystemManagementQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemManagementQuery = { me: { role: PortalRole | null, canManagePortalUsers: boolean } | null };

export type ChangeTemplatePageQueryVariables = Exact<{
  id: string;
}>;


export type ChangeTemplatePageQuery = { nameRule: { hint: string }, me: { canChangeSettings: boolean } | null, credentialsRequiredTemplate: { id: string, name: string, isDefault: boolean, employmentTypes: Array<EmploymentType>, staffGroup: { id: string }, jobRole: { id: string } | null, credentials: Array<{ id: string }>, categories: Array<{ id: string }> } | null, staffGroups: Array<{ ' $fragmentRefs'?: { 'TemplateForm_StaffGroupFragment': TemplateForm_StaffGroupFragment } }>, credentialCatalogue: Array<{ ' $fragmentRefs'?: { 'TemplateForm_CategoryFragment': TemplateForm_CategoryFragment } }> };

export type DeleteTemplatePageQueryVariables = Exact<{
  id: string;
}>;


export type DeleteTemplatePageQuery = { me: { canChangeSettings: boolean } | null, credentialsRequiredTemplate: { id: string, name: string, isDefault: boolean, affectedStaffCount: number | null, staffGroup: { name: string } } | null };

export type TemplatePageQueryVariables = Exact<{
  id: string;
}>;


export type TemplatePageQuery = { me: { canChangeSettings: boolean } | null, credentialsRequiredTemplate: (
    { id: string, name: string, isDefault: boolean }
    & { ' $fragmentRefs'?: { 'TemplateDetails_TemplateFragment': TemplateDetails_TemplateFragment } }
  ) | null };

export type PreviewTemplateQueryVariables = Exact<{
  input: TemplateReachPreviewInput;
}>;


export type PreviewTemplateQuery = { templateReachPreview: { staffMemberCount: number } };

export type CreateCredentialsRequiredTemplateMutationVariables = Exact<{
  input: CreateCredentialsRequiredTemplateInput;
}>;


export type CreateCredentialsRequiredTemplateMutation = { createCredentialsRequiredTemplate: { id: string, name: string } };

export type UpdateCredentialsRequiredTemplateMutationVariables = Exact<{
  input: UpdateCredentialsRequiredTemplateInput;
}>;


export type UpdateCredentialsRequiredTemplateMutation = { updateCredentialsRequiredTemplate: { id: string, name: string } };

export type TemplateNameQueryVariables = Exact<{
  id: string;
}>;


export type TemplateNameQuery = { credentialsRequiredTemplate: { name: string } | null };

export type TemplateAsSavedQueryVariables = Exact<{
  id: string;
}>;


export type TemplateAsSavedQuery = { credentialsRequiredTemplate: { name: string, employmentTypes: Array<EmploymentType>, staffGroup: { id: string }, jobRole: { id: string } | null, credentials: Array<{ id: string }>, categories: Array<{ id: string }> } | null };

export type DeleteCredentialsRequiredTemplateMutationVariables = Exact<{
  id: string;
}>;


export type DeleteCredentialsRequiredTemplateMutation = { deleteCredentialsRequiredTemplate: { nowInEffect: Array<{ name: string }> } };

export type EffectiveTemplateFormQueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveTemplateFormQuery = { staffGroups: Array<{ ' $fragmentRefs'?: { 'TemplateForm_StaffGroupFragment': TemplateForm_StaffGroupFragment } }> };

export type EffectiveTemplateQueryVariables = Exact<{
  staffGroupId: string;
  employmentType: EmploymentType;
  jobRoleId?: string | null | undefined;
}>;


export type EffectiveTemplateQuery = { effectiveTemplate: { matchedBy: TemplateMatch, template: { id: string, name: string, isDefault: boolean }, requiredCredentials: Array<{ id: string, name: string, category: { id: string, name: string } }> } };

export type NewTemplatePageQueryVariables = Exact<{ [key: string]: never; }>;


export type NewTemplatePageQuery = { me: { canChangeSettings: boolean } | null, nameRule: { hint: string }, staffGroups: Array<{ ' $fragmentRefs'?: { 'TemplateForm_StaffGroupFragment': TemplateForm_StaffGroupFragment } }>, credentialCatalogue: Array<{ ' $fragmentRefs'?: { 'TemplateForm_CategoryFragment': TemplateForm_CategoryFragment } }> };

export type TemplatesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesPageQuery = { me: { canChangeSettings: boolean } | null, templateResolutionStatus: { upToDate: boolean, done: number, total: number }, staffGroups: Array<{ id: string, code: string, name: string }>, credentialsRequiredTemplates: { nodes: Array<(
      { id: string, staffGroup: { id: string } }
      & { ' $fragmentRefs'?: { 'TemplateList_TemplateFragment': TemplateList_TemplateFragment } }
    )> } };

export type InvitePortalUserMutationVariables = Exact<{
  input: InvitePortalUserInput;
}>;


export type InvitePortalUserMutation = { invitePortalUser: { id: string, displayName: string, email: string | null } };

export type ResendInvitationMutationVariables = Exact<{
  portalUserId: string;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, displayName: string, email: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  portalUserId: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, displayName: string } };

export type ChangePortalUserRoleMutationVariables = Exact<{
  portalUserId: string;
  role: PortalRole;
}>;


export type ChangePortalUserRoleMutation = { changePortalUserRole: { id: string, displayName: string, role: PortalRole } };

export type DeactivatePortalUserMutationVariables = Exact<{
  portalUserId: string;
}>;


export type DeactivatePortalUserMutation = { deactivatePortalUser: { id: string, displayName: string } };

export type ReactivatePortalUserMutationVariables = Exact<{
  portalUserId: string;
}>;


export type ReactivatePortalUserMutation = { reactivatePortalUser: { id: string, displayName: string, status: PortalUserStatus } };

export type ResetPortalUserMfaMutationVariables = Exact<{
  portalUserId: string;
}>;


export type ResetPortalUserMfaMutation = { resetPortalUserMfa: { id: string, displayName: string } };

export type SetPortalAdministratorMfaRequiredMutationVariables = Exact<{
  required: boolean;
}>;


export type SetPortalAdministratorMfaRequiredMutation = { setPortalAdministratorMfaRequired: { portalAdministratorMfaRequired: boolean } };

export type PortalUsersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalUsersViewerQuery = { me: { id: string, role: PortalRole | null, canManagePortalUsers: boolean } | null };

export type PortalUsersQueryVariables = Exact<{
  filter?: PortalUsersFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type PortalUsersQuery = { organisation: { portalAdministratorMfaRequired: boolean }, portalUsers: { nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'PortalUserTable_UserFragment': PortalUserTable_UserFragment } }
    )>, pageInfo: { offset: number, limit: number, totalCount: number, hasNextPage: boolean } } };

export type PortalUserQueryVariables = Exact<{
  id: string;
}>;


export type PortalUserQuery = { portalUser: { id: string, displayName: string, email: string | null, username: string, role: PortalRole, status: PortalUserStatus, lastSignedInAt: string | null, mfaEnrolled: boolean, mfaRequired: boolean, createdAt: string, deactivatedAt: string | null, invitation: { sentAt: string | null, expiresAt: string | null, expired: boolean, emailStatus: AccountEmailStatus | null, emailError: string | null } | null } | null };

export type RegisterTrustMutationVariables = Exact<{
  input: RegisterTrustInput;
}>;


export type RegisterTrustMutation = { registerTrust: { id: string, odsCode: string, name: string } };

export type DeactivateTrustMutationVariables = Exact<{
  id: string;
}>;


export type DeactivateTrustMutation = { deactivateTrust: { id: string, odsCode: string, name: string } };

export type ReactivateTrustMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateTrustMutation = { reactivateTrust: { id: string, odsCode: string, name: string } };

export type ResendTrustInvitationMutationVariables = Exact<{
  id: string;
}>;


export type ResendTrustInvitationMutation = { resendTrustInvitation: { id: string, odsCode: string, name: string } };

export type NationalAuditQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type NationalAuditQuery = { auditEvents: { nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'AuditTable_EventFragment': AuditTable_EventFragment } }
    )>, pageInfo: { offset: number, limit: number, totalCount: number, hasNextPage: boolean } } };

export type TrustsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustsViewerQuery = { me: { role: PortalRole | null } | null };

export type TrustsPageQueryVariables = Exact<{
  filter?: TrustsFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type TrustsPageQuery = { trusts: { nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'TrustTable_TrustFragment': TrustTable_TrustFragment } }
    )>, pageInfo: { offset: number, limit: number, totalCount: number, hasNextPage: boolean } } };

export type TrustByOdsCodeQueryVariables = Exact<{
  search: string;
}>;


export type TrustByOdsCodeQuery = { trusts: { nodes: Array<{ id: string, odsCode: string, name: string, status: TrustStatus, registeredAt: string, deactivatedAt: string | null, activeSeniorAdministrators: number, awaitingFirstAdministrator: boolean }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type PasswordResetLinkQueryVariables = Exact<{
  token: string;
}>;


export type PasswordResetLinkQuery = { passwordResetLink: { expiresAt: string } | null };

export type PortalUserTable_UserFragment = { id: string, displayName: string, email: string | null, username: string, role: PortalRole, status: PortalUserStatus, lastSignedInAt: string | null, mfaEnrolled: boolean, mfaRequired: boolean } & { ' $fragmentName'?: 'PortalUserTable_UserFragment' };

export type AuditTable_EventFragment = { id: string, occurredAt: string, actorKind: CallerKind, summary: string, changes: Array<{ label: string, before: string | null, after: string | null }> } & { ' $fragmentName'?: 'AuditTable_EventFragment' };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type AutoIssueForm_CategoryFragment = { id: string, name: string, credentials: Array<{ id: string, name: string, autoIssue: boolean | null }> } & { ' $fragmentName'?: 'AutoIssueForm_CategoryFragment' };

export type JobRoleList_StaffGroupFragment = { id: string, code: string, name: string, jobRoles: Array<{ id: string, name: string, templates: Array<{ id: string, name: string }> }> } & { ' $fragmentName'?: 'JobRoleList_StaffGroupFragment' };

export type PortalHeader_ViewerFragment = { displayName: string, role: PortalRole | null, organisation: { name: string, odsCode: string } | null } & { ' $fragmentName'?: 'PortalHeader_ViewerFragment' };

export type NotificationSettingSection_SettingFragment = { id: string, team: Team, teamName: string, email: string, enabled: boolean } & { ' $fragmentName'?: 'NotificationSettingSection_SettingFragment' };

export type SummaryEmailPreview_ActionsFragment = { team: Team, teamName: string, awaitingManualIssue: number, missingRequiredCredentials: number, total: number } & { ' $fragmentName'?: 'SummaryEmailPreview_ActionsFragment' };

export type ContactForm_ContactFragment = { id: string, label: string, isTeam: boolean, name: string, email: string | null, phone: string | null } & { ' $fragmentName'?: 'ContactForm_ContactFragment' };

export type ContactsSummary_OrganisationFragment = { name: string, odsCode: string, contacts: Array<{ id: string, role: ContactRole, label: string, isTeam: boolean, name: string, email: string | null, phone: string | null }>, notificationSettings: Array<{ team: Team, teamName: string, email: string, enabled: boolean }> } & { ' $fragmentName'?: 'ContactsSummary_OrganisationFragment' };

export type TemplateCheckPageQueryVariables = Exact<{
  id: string;
  changing: boolean;
}>;


export type TemplateCheckPageQuery = { me: { canChangeSettings: boolean } | null, credentialsRequiredTemplate?: { id: string, name: string, isDefault: boolean } | null, staffGroups: Array<{ id: string, code: string, name: string, jobRoles: Array<{ id: string, name: string }> }>, credentialCatalogue: Array<{ id: string, name: string, credentials: Array<{ id: string, name: string }> }> };

export type TemplateReachQueryVariables = Exact<{
  input: TemplateReachPreviewInput;
}>;


export type TemplateReachQuery = { templateReachPreview: { staffMemberCount: number } };

export type TemplateDetails_TemplateFragment = { id: string, name: string, isDefault: boolean, employmentTypes: Array<EmploymentType>, inEffect: boolean, staffGroup: { code: string, name: string }, jobRole: { name: string } | null, overriddenBy: Array<{ id: string, name: string }>, categories: Array<{ id: string, name: string }>, requiredCredentials: Array<{ id: string, name: string, category: { id: string, name: string } }> } & { ' $fragmentName'?: 'TemplateDetails_TemplateFragment' };

export type TemplateForm_StaffGroupFragment = { id: string, code: string, name: string, jobRoles: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'TemplateForm_StaffGroupFragment' };

export type TemplateForm_CategoryFragment = { id: string, name: string, credentials: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'TemplateForm_CategoryFragment' };

export type TemplateList_TemplateFragment = { id: string, name: string, isDefault: boolean, employmentTypes: Array<EmploymentType>, inEffect: boolean, affectedStaffCount: number | null, staffGroup: { id: string, code: string, name: string }, jobRole: { id: string, name: string } | null, overriddenBy: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'TemplateList_TemplateFragment' };

export type TrustTable_TrustFragment = { id: string, odsCode: string, name: string, status: TrustStatus, registeredAt: string, activeSeniorAdministrators: number, awaitingFirstAdministrator: boolean } & { ' $fragmentName'?: 'TrustTable_TrustFragment' };

export type CurrentSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentSessionQuery = { me: { id: string } | null };

export type SignInStepFragment = { status: SignInStatus, token: string | null, expiresAt: string | null, challengeToken: string | null, viewer: { id: string, displayName: string, role: PortalRole | null, canChangeSettings: boolean } | null } & { ' $fragmentName'?: 'SignInStepFragment' };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { ' $fragmentRefs'?: { 'SignInStepFragment': SignInStepFragment } } };

export type CompleteSignInMutationVariables = Exact<{
  challengeToken: string;
  code: string;
}>;


export type CompleteSignInMutation = { completeSignIn: { ' $fragmentRefs'?: { 'SignInStepFragment': SignInStepFragment } } };

export type StartMfaEnrolmentMutationVariables = Exact<{
  challengeToken: string;
}>;


export type StartMfaEnrolmentMutation = { startMfaEnrolment: { secret: string, otpauthUrl: string, qrCodeSvg: string, issuer: string, accountName: string } };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  challengeToken: string;
  code: string;
}>;


export type ConfirmMfaEnrolmentMutation = { confirmMfaEnrolment: { recoveryCodes: Array<string>, session: { ' $fragmentRefs'?: { 'SignInStepFragment': SignInStepFragment } } } };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { invitation: { displayName: string, email: string, role: PortalRole, expiresAt: string, trust: { odsCode: string, name: string } | null } | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { ' $fragmentRefs'?: { 'SignInStepFragment': SignInStepFragment } } };

export const PortalUserTable_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalUserTable_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}}]}}]} as unknown as DocumentNode<PortalUserTable_UserFragment, unknown>;
export const AuditTable_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_Event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AuditTable_EventFragment, unknown>;
export const AutoIssueForm_CategoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoIssueForm_Category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"autoIssue"}}]}}]}}]} as unknown as DocumentNode<AutoIssueForm_CategoryFragment, unknown>;
export const JobRoleList_StaffGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRoleList_StaffGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JobRoleList_StaffGroupFragment, unknown>;
export const PortalHeader_ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalHeader_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<PortalHeader_ViewerFragment, unknown>;
export const NotificationSettingSection_SettingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingSection_Setting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<NotificationSettingSection_SettingFragment, unknown>;
export const SummaryEmailPreview_ActionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryEmailPreview_Actions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamOutstandingActions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingManualIssue"}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<SummaryEmailPreview_ActionsFragment, unknown>;
export const ContactForm_ContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactForm_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isTeam"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ContactForm_ContactFragment, unknown>;
export const ContactsSummary_OrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactsSummary_Organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isTeam"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<ContactsSummary_OrganisationFragment, unknown>;
export const TemplateDetails_TemplateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateDetails_Template"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialsRequiredTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypes"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TemplateDetails_TemplateFragment, unknown>;
export const TemplateForm_StaffGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateForm_StaffGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TemplateForm_StaffGroupFragment, unknown>;
export const TemplateForm_CategoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateForm_Category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TemplateForm_CategoryFragment, unknown>;
export const TemplateList_TemplateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateList_Template"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialsRequiredTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypes"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"affectedStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TemplateList_TemplateFragment, unknown>;
export const TrustTable_TrustFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustTable_Trust"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trust"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeSeniorAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingFirstAdministrator"}}]}}]} as unknown as DocumentNode<TrustTable_TrustFragment, unknown>;
export const SignInStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}}]}}]} as unknown as DocumentNode<SignInStepFragment, unknown>;
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:e7c1262b932d16bc95f5388cb8b5adf0068267fa408f325eef91fb269e82857c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutEverywhereDocument = {"__meta__":{"hash":"sha256:4c1763fb9c6a63882642b282f19ad507e4417c23a4c59c3b633e9f8fe21b26dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const AccountPageDocument = {"__meta__":{"hash":"sha256:34ea33fcbfe63574e513b42d89f4a6a5e9a89e20d79d0fcda0dae992f57ab746"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"portalAdministratorMfaRequired"}}]}}]}}]}}]} as unknown as DocumentNode<AccountPageQuery, AccountPageQueryVariables>;
export const PortalLayoutDocument = {"__meta__":{"hash":"sha256:9ddb1d5d65da1d1ca58a5c4803a4c66badf868d1ff51dba2a6599724c80bdfa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalLayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalHeader_Viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalHeader_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<PortalLayoutQuery, PortalLayoutQueryVariables>;
export const HomeDocument = {"__meta__":{"hash":"sha256:1712fbb4469cac2f650d31a32e8814c65ddd0130ddfa698c2fbc8f8015770a6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const SentEmailsPageDocument = {"__meta__":{"hash":"sha256:6f3c753695a59637131cca144dee768c8e29a34066500037744110eee8e16318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentEmailsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]} as unknown as DocumentNode<SentEmailsPageQuery, SentEmailsPageQueryVariables>;
export const AuditPageDocument = {"__meta__":{"hash":"sha256:1c82ff255edccc776ae6a53e2d2cf255021092f58d22c5eb1058fbab780adaaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTable_Event"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_Event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AuditPageQuery, AuditPageQueryVariables>;
export const SetAutoIssueDocument = {"__meta__":{"hash":"sha256:6d15235c4d42063021d50b634caaaadf842e6609c2e7fc5f7421f3739df9018f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAutoIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedCount"}}]}}]}}]} as unknown as DocumentNode<SetAutoIssueMutation, SetAutoIssueMutationVariables>;
export const CredentialsPageDocument = {"__meta__":{"hash":"sha256:deb578008d3e72c6c76e920c4167bdb3c13975f28d41efbbcf1e8f25468bfe7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutoIssueForm_Category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoIssueForm_Category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"autoIssue"}}]}}]}}]} as unknown as DocumentNode<CredentialsPageQuery, CredentialsPageQueryVariables>;
export const CreateJobRoleDocument = {"__meta__":{"hash":"sha256:8ed9042af8506ce4d34ac7142952caf469106b415d61b28827b962c1dda2e485"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJobRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJobRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJobRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateJobRoleMutation, CreateJobRoleMutationVariables>;
export const UpdateJobRoleDocument = {"__meta__":{"hash":"sha256:990cb47f22683e6e372c0f77a9d56fb4f909efdb2fe8ea593629e82078cda27a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJobRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateJobRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJobRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateJobRoleMutation, UpdateJobRoleMutationVariables>;
export const DeleteJobRoleDocument = {"__meta__":{"hash":"sha256:2b4f82ee95fc58a132612144f72430d6022f1364246351400d7e72cb43983586"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteJobRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteJobRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteJobRoleMutation, DeleteJobRoleMutationVariables>;
export const JobRoleNamesDocument = {"__meta__":{"hash":"sha256:9575f05c03a030d275d97c8f89dd1406a29e1b344275c4bf6caf3e90ff4dc606"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobRoleNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JobRoleNamesQuery, JobRoleNamesQueryVariables>;
export const JobRolesPageDocument = {"__meta__":{"hash":"sha256:daf076d7add4f34fed26a8cd8eaf89ad663278374333fb67b92b151be40fd333"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobRolesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<JobRolesPageQuery, JobRolesPageQueryVariables>;
export const StaffGroupJobRolesDocument = {"__meta__":{"hash":"sha256:c4f693ca2f5c0c2bb13aec02b82984f06fb754ac9fa0b864158a542fc1b98d7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffGroupJobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nameRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRoleList_StaffGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRoleList_StaffGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffGroupJobRolesQuery, StaffGroupJobRolesQueryVariables>;
export const NotificationEmailPageDocument = {"__meta__":{"hash":"sha256:b6a426bdae081df17cc90e44c324e6fb6721e4bd81cb7fd7c9b7733524744eda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationEmailPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationEmailPageQuery, NotificationEmailPageQueryVariables>;
export const SendSummaryNowPageDocument = {"__meta__":{"hash":"sha256:21c38f7b6e11141c597e5cf445444991faad2a39216b59247c1e9c67842b36e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SendSummaryNowPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<SendSummaryNowPageQuery, SendSummaryNowPageQueryVariables>;
export const UpdateNotificationSettingDocument = {"__meta__":{"hash":"sha256:2a227af634ad07e2b746e7b4657039feb07898f230aae7e44395a9ae487ee779"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationSettingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSetting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingMutation, UpdateNotificationSettingMutationVariables>;
export const SendSummaryNowDocument = {"__meta__":{"hash":"sha256:d99bdf95741375884cf84519381754417a3843a77a240aabad3542ef8537257d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSummaryNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"team"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSummaryNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"team"},"value":{"kind":"Variable","name":{"kind":"Name","value":"team"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}}]}}]}}]} as unknown as DocumentNode<SendSummaryNowMutation, SendSummaryNowMutationVariables>;
export const NotificationsPageDocument = {"__meta__":{"hash":"sha256:b87f083c1a020c5e0ceaba8144e56d9f6e77c4b0962093ebf142e2606bd6ddfd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingSection_Setting"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryEmailPreview_Actions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingSection_Setting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryEmailPreview_Actions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamOutstandingActions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingManualIssue"}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<NotificationsPageQuery, NotificationsPageQueryVariables>;
export const UpdateOrganisationContactDocument = {"__meta__":{"hash":"sha256:28f709efecdadd7753ecd606cf6b3dbeb8212e636e2542311763cd54135a2808"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisationContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisationContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationContactMutation, UpdateOrganisationContactMutationVariables>;
export const ChangeContactPageDocument = {"__meta__":{"hash":"sha256:a9096c56bf0c009a60d1d84fbeee67fe631ec0625724adcf8283c3eb734cd1e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeContactPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactForm_Contact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactForm_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isTeam"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ChangeContactPageQuery, ChangeContactPageQueryVariables>;
export const OrganisationPageDocument = {"__meta__":{"hash":"sha256:29db474804563ff212fd86086727a810c36b6eadd24da1cfc6e663bc607f5b95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactsSummary_Organisation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactsSummary_Organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isTeam"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const SystemManagementDocument = {"__meta__":{"hash":"sha256:686f8f3c5ff5e5e1cc693a574aec06ce2c398fd0a256c24ada09237b3ce08875"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemManagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canManagePortalUsers"}}]}}]}}]} as unknown as DocumentNode<SystemManagementQuery, SystemManagementQueryVariables>;
export const ChangeTemplatePageDocument = {"__meta__":{"hash":"sha256:8715a178b7d5799db78bf2ee9fce518b048c210b32eb2b028918aa3596d12732"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeTemplatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypes"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateForm_StaffGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateForm_Category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateForm_StaffGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateForm_Category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangeTemplatePageQuery, ChangeTemplatePageQueryVariables>;
export const DeleteTemplatePageDocument = {"__meta__":{"hash":"sha256:092c743fa4d931dc4a993ca233eb2bdf146cc379cfd7803241a4ae9d15d161b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeleteTemplatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"affectedStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTemplatePageQuery, DeleteTemplatePageQueryVariables>;
export const TemplatePageDocument = {"__meta__":{"hash":"sha256:07de90f45d0b69fdb53e8bfe6f15f77b7386c621b5a29a46d7ecc0f114d7aee8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateDetails_Template"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateDetails_Template"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialsRequiredTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypes"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TemplatePageQuery, TemplatePageQueryVariables>;
export const PreviewTemplateDocument = {"__meta__":{"hash":"sha256:0fc8ec0bf80ff744859d4dc9eaf800991270fd02b01ff17658ef8fc9226e57b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateReachPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateReachPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMemberCount"}}]}}]}}]} as unknown as DocumentNode<PreviewTemplateQuery, PreviewTemplateQueryVariables>;
export const CreateCredentialsRequiredTemplateDocument = {"__meta__":{"hash":"sha256:176b8e5fa8ee1d4048b70efa697340ab73aca2ba0c4d3622d12dbd6bfa9b9dda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCredentialsRequiredTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialsRequiredTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCredentialsRequiredTemplateMutation, CreateCredentialsRequiredTemplateMutationVariables>;
export const UpdateCredentialsRequiredTemplateDocument = {"__meta__":{"hash":"sha256:487f3c2342fefce5d8b1257547cd7ada37dea13893b6b34ec70d470cd238fd70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCredentialsRequiredTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCredentialsRequiredTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCredentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateCredentialsRequiredTemplateMutation, UpdateCredentialsRequiredTemplateMutationVariables>;
export const TemplateNameDocument = {"__meta__":{"hash":"sha256:eaa9a89dcbfe6ae9b72eebaa6c4fe3015ac09bdf019f746986828cf284679f48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TemplateNameQuery, TemplateNameQueryVariables>;
export const TemplateAsSavedDocument = {"__meta__":{"hash":"sha256:7c0d09eb3298526adf95d0d8879ea3c82c6593fcd49a2c7ea6ff0130eddc1f79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateAsSaved"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypes"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TemplateAsSavedQuery, TemplateAsSavedQueryVariables>;
export const DeleteCredentialsRequiredTemplateDocument = {"__meta__":{"hash":"sha256:8086f5f64edea5804f1fb8accc7c45b3d81d1f9699d1c4ccb2edeb96f5935bf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCredentialsRequiredTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCredentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nowInEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCredentialsRequiredTemplateMutation, DeleteCredentialsRequiredTemplateMutationVariables>;
export const EffectiveTemplateFormDocument = {"__meta__":{"hash":"sha256:463ba7149fc976f1d699673a1050548074c5c534698fbac9027e7f4912023412"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveTemplateForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateForm_StaffGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateForm_StaffGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EffectiveTemplateFormQuery, EffectiveTemplateFormQueryVariables>;
export const EffectiveTemplateDocument = {"__meta__":{"hash":"sha256:bc328db89f44e51c7b5e6cdfc089eae0271d1c06cf01abe63c3bbe7cebf9f415"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employmentType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobRoleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffGroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"employmentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employmentType"}}},{"kind":"Argument","name":{"kind":"Name","value":"jobRoleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobRoleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveTemplateQuery, EffectiveTemplateQueryVariables>;
export const NewTemplatePageDocument = {"__meta__":{"hash":"sha256:b67f154c83c3fe3a8c10de8010e6d17da280941148c9540fb86aa61febae1790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewTemplatePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nameRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateForm_StaffGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateForm_Category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateForm_StaffGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateForm_Category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewTemplatePageQuery, NewTemplatePageQueryVariables>;
export const TemplatesPageDocument = {"__meta__":{"hash":"sha256:414c15f3b2602a347bb4c62d3599386c195bdbad7f0c6e5482c375b13bd0a45a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplatesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateResolutionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRequiredTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateList_Template"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateList_Template"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialsRequiredTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"staffGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypes"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"affectedStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TemplatesPageQuery, TemplatesPageQueryVariables>;
export const InvitePortalUserDocument = {"__meta__":{"hash":"sha256:b8e496e2da478ab73ae2a272fa13ff82ab83b37eee02fffd818775b431274165"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePortalUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePortalUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePortalUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InvitePortalUserMutation, InvitePortalUserMutationVariables>;
export const ResendInvitationDocument = {"__meta__":{"hash":"sha256:188acd7f0e16789faf5b0b23c59adeb787faa70e03435bc57ef1e4a9fc7d8997"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = {"__meta__":{"hash":"sha256:6af1a5c585a9baecf29901cd543d7f302fd5c32cfa78f2392e320e0cde6b3710"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangePortalUserRoleDocument = {"__meta__":{"hash":"sha256:be097dd27436013339edfb4da31f7a8f7b85175d159eb4731207f3e2fb3f7b0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePortalUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePortalUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangePortalUserRoleMutation, ChangePortalUserRoleMutationVariables>;
export const DeactivatePortalUserDocument = {"__meta__":{"hash":"sha256:adec2405c39336b7660a98670d4d20d31f260c8ced3d6a51049468485cf2b285"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivatePortalUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivatePortalUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DeactivatePortalUserMutation, DeactivatePortalUserMutationVariables>;
export const ReactivatePortalUserDocument = {"__meta__":{"hash":"sha256:e0df996fe8515d61b81ba0e6b9c2a342d79d6be27f2dbbd916ebffdb8f288020"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivatePortalUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivatePortalUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReactivatePortalUserMutation, ReactivatePortalUserMutationVariables>;
export const ResetPortalUserMfaDocument = {"__meta__":{"hash":"sha256:27a720a0b669b21e6dced9171b459746086fbb53fe34e4a30f90e61df8c57c93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPortalUserMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPortalUserMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ResetPortalUserMfaMutation, ResetPortalUserMfaMutationVariables>;
export const SetPortalAdministratorMfaRequiredDocument = {"__meta__":{"hash":"sha256:0a65c714851e326c01d9c8377d228d54aed1335c73e557bd871db672f2ffb5c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPortalAdministratorMfaRequired"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPortalAdministratorMfaRequired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalAdministratorMfaRequired"}}]}}]}}]} as unknown as DocumentNode<SetPortalAdministratorMfaRequiredMutation, SetPortalAdministratorMfaRequiredMutationVariables>;
export const PortalUsersViewerDocument = {"__meta__":{"hash":"sha256:1a110b0281ac65b86b7836d75995152eeb8f165c0e47d7ad5259e7155e16d6ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalUsersViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canManagePortalUsers"}}]}}]}}]} as unknown as DocumentNode<PortalUsersViewerQuery, PortalUsersViewerQueryVariables>;
export const PortalUsersDocument = {"__meta__":{"hash":"sha256:1861998f0395cc6ffa84e697c1fa68bfe3f0c28b767c23ddff13e8b1c16aa3d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalUsersFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalAdministratorMfaRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalUserTable_User"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalUserTable_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}}]}}]} as unknown as DocumentNode<PortalUsersQuery, PortalUsersQueryVariables>;
export const PortalUserDocument = {"__meta__":{"hash":"sha256:937c6004d0b797892c5c05dd5d2a8cf9df8a87b1ee801eed6035ab98a7960960"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"emailError"}}]}}]}}]}}]} as unknown as DocumentNode<PortalUserQuery, PortalUserQueryVariables>;
export const RegisterTrustDocument = {"__meta__":{"hash":"sha256:18736ab87654c275ce76a3b038e9cbdcc7bee0c7f23ecd95ee068036ab363ed9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterTrust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterTrustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerTrust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterTrustMutation, RegisterTrustMutationVariables>;
export const DeactivateTrustDocument = {"__meta__":{"hash":"sha256:3f71d7eb214fb200fc588173a7e8854707cf93fb740a31a1f0909b86f981be33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateTrust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateTrust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeactivateTrustMutation, DeactivateTrustMutationVariables>;
export const ReactivateTrustDocument = {"__meta__":{"hash":"sha256:5c7a3fa197d05210b27e42d50de280c1115b5d0cd93cb9192e7ef9bed320685a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateTrust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateTrust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReactivateTrustMutation, ReactivateTrustMutationVariables>;
export const ResendTrustInvitationDocument = {"__meta__":{"hash":"sha256:8cfc7272ad5dabd7fc30616e67130b7292f44ab09c2d1b718279f4a46e35ee1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendTrustInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendTrustInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResendTrustInvitationMutation, ResendTrustInvitationMutationVariables>;
export const NationalAuditDocument = {"__meta__":{"hash":"sha256:6732e71ac4be837423b91df95fc6dd9a0915194d11daab6f0fa78f5cc0fd19b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTable_Event"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_Event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<NationalAuditQuery, NationalAuditQueryVariables>;
export const TrustsViewerDocument = {"__meta__":{"hash":"sha256:fd377a9c3f89a590620923838c74409f1276d1664b9ddef50d4630b6f2263d62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<TrustsViewerQuery, TrustsViewerQueryVariables>;
export const TrustsPageDocument = {"__meta__":{"hash":"sha256:46bd5645e5d86b09c08e30014a2289b426f43224378d13eedb5fc59c0f191667"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrustsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrustTable_Trust"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustTable_Trust"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trust"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeSeniorAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingFirstAdministrator"}}]}}]} as unknown as DocumentNode<TrustsPageQuery, TrustsPageQueryVariables>;
export const TrustByOdsCodeDocument = {"__meta__":{"hash":"sha256:1c00816755240736f2e82b7ea3c40f38b3567715fc1f04c233eacade9e26f7a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustByOdsCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeSeniorAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingFirstAdministrator"}}]}}]}}]}}]} as unknown as DocumentNode<TrustByOdsCodeQuery, TrustByOdsCodeQueryVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"sha256:fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const PasswordResetLinkDocument = {"__meta__":{"hash":"sha256:4071734019b6e928101c699b456b9cd6189d4528a73859821832a15b4e0a0bac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordResetLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PasswordResetLinkQuery, PasswordResetLinkQueryVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const TemplateCheckPageDocument = {"__meta__":{"hash":"sha256:c70e2ea961f1bd5091848e68e49623db3cc03b097199fd9253327b81ed9aa298"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateCheckPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRequiredTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changing"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TemplateCheckPageQuery, TemplateCheckPageQueryVariables>;
export const TemplateReachDocument = {"__meta__":{"hash":"sha256:26d24f4c0d567de00f8308b54f3eec2e332e27a9efee0fd8ca91411a5c80c7e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateReachPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateReachPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMemberCount"}}]}}]}}]} as unknown as DocumentNode<TemplateReachQuery, TemplateReachQueryVariables>;
export const CurrentSessionDocument = {"__meta__":{"hash":"sha256:20390422e0368fcc407fb5306ea232eb0e07a280c7ffd0838d2fb9f2dc32b093"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CurrentSessionQuery, CurrentSessionQueryVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:75253e9ebeb584ece858fc02e5e8ac554400cb979ca82a4f94e604b08cc04e5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignInStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const CompleteSignInDocument = {"__meta__":{"hash":"sha256:9333abf247e97e6a54e59f4634420493188afa83a80f917c1e6eb7df1dca8afc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignInStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}}]}}]} as unknown as DocumentNode<CompleteSignInMutation, CompleteSignInMutationVariables>;
export const StartMfaEnrolmentDocument = {"__meta__":{"hash":"sha256:f116c9997fb3c10c4ef6a77cb29e92d32aa98c6ad7ad049086f4184fcfe2b7f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]} as unknown as DocumentNode<StartMfaEnrolmentMutation, StartMfaEnrolmentMutationVariables>;
export const ConfirmMfaEnrolmentDocument = {"__meta__":{"hash":"sha256:d0aaab0794e7050eea8533bffd9dd7c292068548e58b27bb656eb3cd1ae81f43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignInStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}}]}}]} as unknown as DocumentNode<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const InvitationDocument = {"__meta__":{"hash":"sha256:cafc49ff31f106995c5a323b5942a230dba71c58f94d1dcab143360602ef65e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"sha256:7983f495fe5ebe99d8569327f3ebf6627e6ad6d10915a706833e82b57e29ade4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignInStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeSettings"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;