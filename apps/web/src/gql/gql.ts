/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query AccountPage {\n    me {\n      displayName\n      username\n      email\n      role\n      mfaEnrolled\n      organisation {\n        name\n        portalAdministratorMfaRequired\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n": typeof types.PortalLayoutDocument,
    "\n  query Home {\n    me {\n      role\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query SentEmailsPage {\n    me {\n      role\n      organisation {\n        odsCode\n      }\n    }\n  }\n": typeof types.SentEmailsPageDocument,
    "\n  query AuditPage($filter: AuditEventsFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  mutation SetAutoIssue($input: SetAutoIssueInput!) {\n    setAutoIssue(input: $input) {\n      changedCount\n    }\n  }\n": typeof types.SetAutoIssueDocument,
    "\n  query CredentialsPage {\n    me {\n      canChangeSettings\n    }\n    credentialCatalogue {\n      ...AutoIssueForm_Category\n    }\n  }\n": typeof types.CredentialsPageDocument,
    "\n  mutation CreateJobRole($input: CreateJobRoleInput!) {\n    createJobRole(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateJobRoleDocument,
    "\n  mutation UpdateJobRole($input: UpdateJobRoleInput!) {\n    updateJobRole(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateJobRoleDocument,
    "\n  mutation DeleteJobRole($id: ID!) {\n    deleteJobRole(id: $id) {\n      deletedId\n    }\n  }\n": typeof types.DeleteJobRoleDocument,
    "\n  query JobRoleNames {\n    staffGroups {\n      id\n      jobRoles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JobRoleNamesDocument,
    "\n  query JobRolesPage {\n    me {\n      canChangeSettings\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n      }\n    }\n  }\n": typeof types.JobRolesPageDocument,
    "\n  query StaffGroupJobRoles {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      id\n      name\n      jobRoles {\n        id\n        name\n        templates {\n          id\n          name\n        }\n      }\n      ...JobRoleList_StaffGroup\n    }\n  }\n": typeof types.StaffGroupJobRolesDocument,
    "\n  query NotificationEmailPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n      }\n    }\n  }\n": typeof types.NotificationEmailPageDocument,
    "\n  query SendSummaryNowPage {\n    me {\n      role\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n        enabled\n      }\n    }\n    outstandingActions {\n      team\n      total\n    }\n  }\n": typeof types.SendSummaryNowPageDocument,
    "\n  mutation UpdateNotificationSetting($input: UpdateNotificationSettingInput!) {\n    updateNotificationSetting(input: $input) {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n": typeof types.UpdateNotificationSettingDocument,
    "\n  mutation SendSummaryNow($team: Team!) {\n    sendSummaryNow(team: $team) {\n      team\n      teamName\n      recipient\n    }\n  }\n": typeof types.SendSummaryNowDocument,
    "\n  query NotificationsPage {\n    me {\n      canChangeSettings\n      role\n    }\n    organisation {\n      name\n      contacts {\n        id\n        role\n        name\n        email\n      }\n      notificationSettings {\n        ...NotificationSettingSection_Setting\n      }\n    }\n    outstandingActions {\n      ...SummaryEmailPreview_Actions\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      id\n      label\n    }\n  }\n": typeof types.UpdateOrganisationContactDocument,
    "\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n": typeof types.ChangeContactPageDocument,
    "\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      ...ContactsSummary_Organisation\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query SystemManagement {\n    me {\n      role\n      canManagePortalUsers\n    }\n  }\n": typeof types.SystemManagementDocument,
    "\n  query ChangeTemplatePage($id: ID!) {\n    nameRule {\n      hint\n    }\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n": typeof types.ChangeTemplatePageDocument,
    "\n  query DeleteTemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      affectedStaffCount\n      staffGroup {\n        name\n      }\n    }\n  }\n": typeof types.DeleteTemplatePageDocument,
    "\n  query TemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      ...TemplateDetails_Template\n    }\n  }\n": typeof types.TemplatePageDocument,
    "\n  query PreviewTemplate($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n": typeof types.PreviewTemplateDocument,
    "\n  mutation CreateCredentialsRequiredTemplate($input: CreateCredentialsRequiredTemplateInput!) {\n    createCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCredentialsRequiredTemplateDocument,
    "\n  mutation UpdateCredentialsRequiredTemplate($input: UpdateCredentialsRequiredTemplateInput!) {\n    updateCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateCredentialsRequiredTemplateDocument,
    "\n  query TemplateName($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n    }\n  }\n": typeof types.TemplateNameDocument,
    "\n  query TemplateAsSaved($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n  }\n": typeof types.TemplateAsSavedDocument,
    "\n  mutation DeleteCredentialsRequiredTemplate($id: ID!) {\n    deleteCredentialsRequiredTemplate(id: $id) {\n      nowInEffect {\n        name\n      }\n    }\n  }\n": typeof types.DeleteCredentialsRequiredTemplateDocument,
    "\n  query EffectiveTemplateForm {\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n  }\n": typeof types.EffectiveTemplateFormDocument,
    "\n  query EffectiveTemplate($staffGroupId: ID!, $employmentType: EmploymentType!, $jobRoleId: ID) {\n    effectiveTemplate(staffGroupId: $staffGroupId, employmentType: $employmentType, jobRoleId: $jobRoleId) {\n      matchedBy\n      template {\n        id\n        name\n        isDefault\n      }\n      requiredCredentials {\n        id\n        name\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EffectiveTemplateDocument,
    "\n  query NewTemplatePage {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n": typeof types.NewTemplatePageDocument,
    "\n  query TemplatesPage {\n    me {\n      canChangeSettings\n    }\n    templateResolutionStatus {\n      upToDate\n      done\n      total\n    }\n    staffGroups {\n      id\n      code\n      name\n    }\n    credentialsRequiredTemplates(page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        staffGroup {\n          id\n        }\n        ...TemplateList_Template\n      }\n    }\n  }\n": typeof types.TemplatesPageDocument,
    "\n  mutation InvitePortalUser($input: InvitePortalUserInput!) {\n    invitePortalUser(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.InvitePortalUserDocument,
    "\n  mutation ResendInvitation($portalUserId: ID!) {\n    resendInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($portalUserId: ID!) {\n    revokeInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangePortalUserRole($portalUserId: ID!, $role: PortalRole!) {\n    changePortalUserRole(portalUserId: $portalUserId, role: $role) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.ChangePortalUserRoleDocument,
    "\n  mutation DeactivatePortalUser($portalUserId: ID!) {\n    deactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n": typeof types.DeactivatePortalUserDocument,
    "\n  mutation ReactivatePortalUser($portalUserId: ID!) {\n    reactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n      status\n    }\n  }\n": typeof types.ReactivatePortalUserDocument,
    "\n  mutation ResetPortalUserMfa($portalUserId: ID!) {\n    resetPortalUserMfa(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n": typeof types.ResetPortalUserMfaDocument,
    "\n  mutation SetPortalAdministratorMfaRequired($required: Boolean!) {\n    setPortalAdministratorMfaRequired(required: $required) {\n      portalAdministratorMfaRequired\n    }\n  }\n": typeof types.SetPortalAdministratorMfaRequiredDocument,
    "\n  query PortalUsersViewer {\n    me {\n      id\n      role\n      canManagePortalUsers\n    }\n  }\n": typeof types.PortalUsersViewerDocument,
    "\n  query PortalUsers($filter: PortalUsersFilter, $page: PageInput) {\n    organisation {\n      portalAdministratorMfaRequired\n    }\n    portalUsers(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...PortalUserTable_User\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PortalUsersDocument,
    "\n  query PortalUser($id: ID!) {\n    portalUser(id: $id) {\n      id\n      displayName\n      email\n      username\n      role\n      status\n      lastSignedInAt\n      mfaEnrolled\n      mfaRequired\n      createdAt\n      deactivatedAt\n      invitation {\n        sentAt\n        expiresAt\n        expired\n        emailStatus\n        emailError\n      }\n    }\n  }\n": typeof types.PortalUserDocument,
    "\n  mutation RegisterTrust($input: RegisterTrustInput!) {\n    registerTrust(input: $input) {\n      id\n      odsCode\n      name\n    }\n  }\n": typeof types.RegisterTrustDocument,
    "\n  mutation DeactivateTrust($id: ID!) {\n    deactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n": typeof types.DeactivateTrustDocument,
    "\n  mutation ReactivateTrust($id: ID!) {\n    reactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n": typeof types.ReactivateTrustDocument,
    "\n  mutation ResendTrustInvitation($id: ID!) {\n    resendTrustInvitation(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n": typeof types.ResendTrustInvitationDocument,
    "\n  query NationalAudit($page: PageInput) {\n    auditEvents(page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NationalAuditDocument,
    "\n  query TrustsViewer {\n    me {\n      role\n    }\n  }\n": typeof types.TrustsViewerDocument,
    "\n  query TrustsPage($filter: TrustsFilter, $page: PageInput) {\n    trusts(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...TrustTable_Trust\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TrustsPageDocument,
    "\n  query TrustByOdsCode($search: String!) {\n    trusts(filter: { search: $search }, page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        odsCode\n        name\n        status\n        registeredAt\n        deactivatedAt\n        activeSeniorAdministrators\n        awaitingFirstAdministrator\n      }\n    }\n  }\n": typeof types.TrustByOdsCodeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      expiresAt\n    }\n  }\n": typeof types.PasswordResetLinkDocument,
    "\n  fragment PortalUserTable_User on PortalUser {\n    id\n    displayName\n    email\n    username\n    role\n    status\n    lastSignedInAt\n    mfaEnrolled\n    mfaRequired\n  }\n": typeof types.PortalUserTable_UserFragmentDoc,
    "\n  fragment AuditTable_Event on AuditEvent {\n    id\n    occurredAt\n    actorKind\n    summary\n    changes {\n      label\n      before\n      after\n    }\n  }\n": typeof types.AuditTable_EventFragmentDoc,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment AutoIssueForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n      autoIssue\n    }\n  }\n": typeof types.AutoIssueForm_CategoryFragmentDoc,
    "\n  fragment JobRoleList_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n      templates {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JobRoleList_StaffGroupFragmentDoc,
    "\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    role\n    organisation {\n      name\n      odsCode\n    }\n  }\n": typeof types.PortalHeader_ViewerFragmentDoc,
    "\n  fragment NotificationSettingSection_Setting on NotificationSetting {\n    id\n    team\n    teamName\n    email\n    enabled\n  }\n": typeof types.NotificationSettingSection_SettingFragmentDoc,
    "\n  fragment SummaryEmailPreview_Actions on TeamOutstandingActions {\n    team\n    teamName\n    awaitingManualIssue\n    missingRequiredCredentials\n    total\n  }\n": typeof types.SummaryEmailPreview_ActionsFragmentDoc,
    "\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n": typeof types.ContactForm_ContactFragmentDoc,
    "\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      role\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n    notificationSettings {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n": typeof types.ContactsSummary_OrganisationFragmentDoc,
    "\n  query TemplateCheckPage($id: ID!, $changing: Boolean!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) @include(if: $changing) {\n      id\n      name\n      isDefault\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n        name\n      }\n    }\n    credentialCatalogue {\n      id\n      name\n      credentials {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TemplateCheckPageDocument,
    "\n  query TemplateReach($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n": typeof types.TemplateReachDocument,
    "\n  fragment TemplateDetails_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      code\n      name\n    }\n    jobRole {\n      name\n    }\n    employmentTypes\n    inEffect\n    overriddenBy {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    requiredCredentials {\n      id\n      name\n      category {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TemplateDetails_TemplateFragmentDoc,
    "\n  fragment TemplateForm_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n    }\n  }\n": typeof types.TemplateForm_StaffGroupFragmentDoc,
    "\n  fragment TemplateForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n    }\n  }\n": typeof types.TemplateForm_CategoryFragmentDoc,
    "\n  fragment TemplateList_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      id\n      code\n      name\n    }\n    jobRole {\n      id\n      name\n    }\n    employmentTypes\n    inEffect\n    affectedStaffCount\n    overriddenBy {\n      id\n      name\n    }\n  }\n": typeof types.TemplateList_TemplateFragmentDoc,
    "\n  fragment TrustTable_Trust on Trust {\n    id\n    odsCode\n    name\n    status\n    registeredAt\n    activeSeniorAdministrators\n    awaitingFirstAdministrator\n  }\n": typeof types.TrustTable_TrustFragmentDoc,
    "\n  query CurrentSession {\n    me {\n      id\n    }\n  }\n": typeof types.CurrentSessionDocument,
    "\n  fragment SignInStep on SignInPayload {\n    status\n    token\n    expiresAt\n    challengeToken\n    viewer {\n      id\n      displayName\n      role\n      canChangeSettings\n    }\n  }\n": typeof types.SignInStepFragmentDoc,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      ...SignInStep\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation CompleteSignIn($challengeToken: String!, $code: String!) {\n    completeSignIn(challengeToken: $challengeToken, code: $code) {\n      ...SignInStep\n    }\n  }\n": typeof types.CompleteSignInDocument,
    "\n  mutation StartMfaEnrolment($challengeToken: String!) {\n    startMfaEnrolment(challengeToken: $challengeToken) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      issuer\n      accountName\n    }\n  }\n": typeof types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($challengeToken: String!, $code: String!) {\n    confirmMfaEnrolment(challengeToken: $challengeToken, code: $code) {\n      session {\n        ...SignInStep\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      role\n      trust {\n        odsCode\n        name\n      }\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInStep\n    }\n  }\n": typeof types.AcceptInvitationDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query AccountPage {\n    me {\n      displayName\n      username\n      email\n      role\n      mfaEnrolled\n      organisation {\n        name\n        portalAdministratorMfaRequired\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n": types.PortalLayoutDocument,
    "\n  query Home {\n    me {\n      role\n    }\n  }\n": types.HomeDocument,
    "\n  query SentEmailsPage {\n    me {\n      role\n      organisation {\n        odsCode\n      }\n    }\n  }\n": types.SentEmailsPageDocument,
    "\n  query AuditPage($filter: AuditEventsFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": types.AuditPageDocument,
    "\n  mutation SetAutoIssue($input: SetAutoIssueInput!) {\n    setAutoIssue(input: $input) {\n      changedCount\n    }\n  }\n": types.SetAutoIssueDocument,
    "\n  query CredentialsPage {\n    me {\n      canChangeSettings\n    }\n    credentialCatalogue {\n      ...AutoIssueForm_Category\n    }\n  }\n": types.CredentialsPageDocument,
    "\n  mutation CreateJobRole($input: CreateJobRoleInput!) {\n    createJobRole(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateJobRoleDocument,
    "\n  mutation UpdateJobRole($input: UpdateJobRoleInput!) {\n    updateJobRole(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateJobRoleDocument,
    "\n  mutation DeleteJobRole($id: ID!) {\n    deleteJobRole(id: $id) {\n      deletedId\n    }\n  }\n": types.DeleteJobRoleDocument,
    "\n  query JobRoleNames {\n    staffGroups {\n      id\n      jobRoles {\n        id\n        name\n      }\n    }\n  }\n": types.JobRoleNamesDocument,
    "\n  query JobRolesPage {\n    me {\n      canChangeSettings\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n      }\n    }\n  }\n": types.JobRolesPageDocument,
    "\n  query StaffGroupJobRoles {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      id\n      name\n      jobRoles {\n        id\n        name\n        templates {\n          id\n          name\n        }\n      }\n      ...JobRoleList_StaffGroup\n    }\n  }\n": types.StaffGroupJobRolesDocument,
    "\n  query NotificationEmailPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n      }\n    }\n  }\n": types.NotificationEmailPageDocument,
    "\n  query SendSummaryNowPage {\n    me {\n      role\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n        enabled\n      }\n    }\n    outstandingActions {\n      team\n      total\n    }\n  }\n": types.SendSummaryNowPageDocument,
    "\n  mutation UpdateNotificationSetting($input: UpdateNotificationSettingInput!) {\n    updateNotificationSetting(input: $input) {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n": types.UpdateNotificationSettingDocument,
    "\n  mutation SendSummaryNow($team: Team!) {\n    sendSummaryNow(team: $team) {\n      team\n      teamName\n      recipient\n    }\n  }\n": types.SendSummaryNowDocument,
    "\n  query NotificationsPage {\n    me {\n      canChangeSettings\n      role\n    }\n    organisation {\n      name\n      contacts {\n        id\n        role\n        name\n        email\n      }\n      notificationSettings {\n        ...NotificationSettingSection_Setting\n      }\n    }\n    outstandingActions {\n      ...SummaryEmailPreview_Actions\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      id\n      label\n    }\n  }\n": types.UpdateOrganisationContactDocument,
    "\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n": types.ChangeContactPageDocument,
    "\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      ...ContactsSummary_Organisation\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query SystemManagement {\n    me {\n      role\n      canManagePortalUsers\n    }\n  }\n": types.SystemManagementDocument,
    "\n  query ChangeTemplatePage($id: ID!) {\n    nameRule {\n      hint\n    }\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n": types.ChangeTemplatePageDocument,
    "\n  query DeleteTemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      affectedStaffCount\n      staffGroup {\n        name\n      }\n    }\n  }\n": types.DeleteTemplatePageDocument,
    "\n  query TemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      ...TemplateDetails_Template\n    }\n  }\n": types.TemplatePageDocument,
    "\n  query PreviewTemplate($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n": types.PreviewTemplateDocument,
    "\n  mutation CreateCredentialsRequiredTemplate($input: CreateCredentialsRequiredTemplateInput!) {\n    createCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCredentialsRequiredTemplateDocument,
    "\n  mutation UpdateCredentialsRequiredTemplate($input: UpdateCredentialsRequiredTemplateInput!) {\n    updateCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateCredentialsRequiredTemplateDocument,
    "\n  query TemplateName($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n    }\n  }\n": types.TemplateNameDocument,
    "\n  query TemplateAsSaved($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n  }\n": types.TemplateAsSavedDocument,
    "\n  mutation DeleteCredentialsRequiredTemplate($id: ID!) {\n    deleteCredentialsRequiredTemplate(id: $id) {\n      nowInEffect {\n        name\n      }\n    }\n  }\n": types.DeleteCredentialsRequiredTemplateDocument,
    "\n  query EffectiveTemplateForm {\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n  }\n": types.EffectiveTemplateFormDocument,
    "\n  query EffectiveTemplate($staffGroupId: ID!, $employmentType: EmploymentType!, $jobRoleId: ID) {\n    effectiveTemplate(staffGroupId: $staffGroupId, employmentType: $employmentType, jobRoleId: $jobRoleId) {\n      matchedBy\n      template {\n        id\n        name\n        isDefault\n      }\n      requiredCredentials {\n        id\n        name\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EffectiveTemplateDocument,
    "\n  query NewTemplatePage {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n": types.NewTemplatePageDocument,
    "\n  query TemplatesPage {\n    me {\n      canChangeSettings\n    }\n    templateResolutionStatus {\n      upToDate\n      done\n      total\n    }\n    staffGroups {\n      id\n      code\n      name\n    }\n    credentialsRequiredTemplates(page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        staffGroup {\n          id\n        }\n        ...TemplateList_Template\n      }\n    }\n  }\n": types.TemplatesPageDocument,
    "\n  mutation InvitePortalUser($input: InvitePortalUserInput!) {\n    invitePortalUser(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": types.InvitePortalUserDocument,
    "\n  mutation ResendInvitation($portalUserId: ID!) {\n    resendInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n      email\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($portalUserId: ID!) {\n    revokeInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangePortalUserRole($portalUserId: ID!, $role: PortalRole!) {\n    changePortalUserRole(portalUserId: $portalUserId, role: $role) {\n      id\n      displayName\n      role\n    }\n  }\n": types.ChangePortalUserRoleDocument,
    "\n  mutation DeactivatePortalUser($portalUserId: ID!) {\n    deactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n": types.DeactivatePortalUserDocument,
    "\n  mutation ReactivatePortalUser($portalUserId: ID!) {\n    reactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n      status\n    }\n  }\n": types.ReactivatePortalUserDocument,
    "\n  mutation ResetPortalUserMfa($portalUserId: ID!) {\n    resetPortalUserMfa(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n": types.ResetPortalUserMfaDocument,
    "\n  mutation SetPortalAdministratorMfaRequired($required: Boolean!) {\n    setPortalAdministratorMfaRequired(required: $required) {\n      portalAdministratorMfaRequired\n    }\n  }\n": types.SetPortalAdministratorMfaRequiredDocument,
    "\n  query PortalUsersViewer {\n    me {\n      id\n      role\n      canManagePortalUsers\n    }\n  }\n": types.PortalUsersViewerDocument,
    "\n  query PortalUsers($filter: PortalUsersFilter, $page: PageInput) {\n    organisation {\n      portalAdministratorMfaRequired\n    }\n    portalUsers(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...PortalUserTable_User\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": types.PortalUsersDocument,
    "\n  query PortalUser($id: ID!) {\n    portalUser(id: $id) {\n      id\n      displayName\n      email\n      username\n      role\n      status\n      lastSignedInAt\n      mfaEnrolled\n      mfaRequired\n      createdAt\n      deactivatedAt\n      invitation {\n        sentAt\n        expiresAt\n        expired\n        emailStatus\n        emailError\n      }\n    }\n  }\n": types.PortalUserDocument,
    "\n  mutation RegisterTrust($input: RegisterTrustInput!) {\n    registerTrust(input: $input) {\n      id\n      odsCode\n      name\n    }\n  }\n": types.RegisterTrustDocument,
    "\n  mutation DeactivateTrust($id: ID!) {\n    deactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n": types.DeactivateTrustDocument,
    "\n  mutation ReactivateTrust($id: ID!) {\n    reactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n": types.ReactivateTrustDocument,
    "\n  mutation ResendTrustInvitation($id: ID!) {\n    resendTrustInvitation(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n": types.ResendTrustInvitationDocument,
    "\n  query NationalAudit($page: PageInput) {\n    auditEvents(page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": types.NationalAuditDocument,
    "\n  query TrustsViewer {\n    me {\n      role\n    }\n  }\n": types.TrustsViewerDocument,
    "\n  query TrustsPage($filter: TrustsFilter, $page: PageInput) {\n    trusts(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...TrustTable_Trust\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n": types.TrustsPageDocument,
    "\n  query TrustByOdsCode($search: String!) {\n    trusts(filter: { search: $search }, page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        odsCode\n        name\n        status\n        registeredAt\n        deactivatedAt\n        activeSeniorAdministrators\n        awaitingFirstAdministrator\n      }\n    }\n  }\n": types.TrustByOdsCodeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      expiresAt\n    }\n  }\n": types.PasswordResetLinkDocument,
    "\n  fragment PortalUserTable_User on PortalUser {\n    id\n    displayName\n    email\n    username\n    role\n    status\n    lastSignedInAt\n    mfaEnrolled\n    mfaRequired\n  }\n": types.PortalUserTable_UserFragmentDoc,
    "\n  fragment AuditTable_Event on AuditEvent {\n    id\n    occurredAt\n    actorKind\n    summary\n    changes {\n      label\n      before\n      after\n    }\n  }\n": types.AuditTable_EventFragmentDoc,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AutoIssueForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n      autoIssue\n    }\n  }\n": types.AutoIssueForm_CategoryFragmentDoc,
    "\n  fragment JobRoleList_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n      templates {\n        id\n        name\n      }\n    }\n  }\n": types.JobRoleList_StaffGroupFragmentDoc,
    "\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    role\n    organisation {\n      name\n      odsCode\n    }\n  }\n": types.PortalHeader_ViewerFragmentDoc,
    "\n  fragment NotificationSettingSection_Setting on NotificationSetting {\n    id\n    team\n    teamName\n    email\n    enabled\n  }\n": types.NotificationSettingSection_SettingFragmentDoc,
    "\n  fragment SummaryEmailPreview_Actions on TeamOutstandingActions {\n    team\n    teamName\n    awaitingManualIssue\n    missingRequiredCredentials\n    total\n  }\n": types.SummaryEmailPreview_ActionsFragmentDoc,
    "\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n": types.ContactForm_ContactFragmentDoc,
    "\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      role\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n    notificationSettings {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n": types.ContactsSummary_OrganisationFragmentDoc,
    "\n  query TemplateCheckPage($id: ID!, $changing: Boolean!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) @include(if: $changing) {\n      id\n      name\n      isDefault\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n        name\n      }\n    }\n    credentialCatalogue {\n      id\n      name\n      credentials {\n        id\n        name\n      }\n    }\n  }\n": types.TemplateCheckPageDocument,
    "\n  query TemplateReach($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n": types.TemplateReachDocument,
    "\n  fragment TemplateDetails_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      code\n      name\n    }\n    jobRole {\n      name\n    }\n    employmentTypes\n    inEffect\n    overriddenBy {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    requiredCredentials {\n      id\n      name\n      category {\n        id\n        name\n      }\n    }\n  }\n": types.TemplateDetails_TemplateFragmentDoc,
    "\n  fragment TemplateForm_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n    }\n  }\n": types.TemplateForm_StaffGroupFragmentDoc,
    "\n  fragment TemplateForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n    }\n  }\n": types.TemplateForm_CategoryFragmentDoc,
    "\n  fragment TemplateList_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      id\n      code\n      name\n    }\n    jobRole {\n      id\n      name\n    }\n    employmentTypes\n    inEffect\n    affectedStaffCount\n    overriddenBy {\n      id\n      name\n    }\n  }\n": types.TemplateList_TemplateFragmentDoc,
    "\n  fragment TrustTable_Trust on Trust {\n    id\n    odsCode\n    name\n    status\n    registeredAt\n    activeSeniorAdministrators\n    awaitingFirstAdministrator\n  }\n": types.TrustTable_TrustFragmentDoc,
    "\n  query CurrentSession {\n    me {\n      id\n    }\n  }\n": types.CurrentSessionDocument,
    "\n  fragment SignInStep on SignInPayload {\n    status\n    token\n    expiresAt\n    challengeToken\n    viewer {\n      id\n      displayName\n      role\n      canChangeSettings\n    }\n  }\n": types.SignInStepFragmentDoc,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      ...SignInStep\n    }\n  }\n": types.SignInDocument,
    "\n  mutation CompleteSignIn($challengeToken: String!, $code: String!) {\n    completeSignIn(challengeToken: $challengeToken, code: $code) {\n      ...SignInStep\n    }\n  }\n": types.CompleteSignInDocument,
    "\n  mutation StartMfaEnrolment($challengeToken: String!) {\n    startMfaEnrolment(challengeToken: $challengeToken) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      issuer\n      accountName\n    }\n  }\n": types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($challengeToken: String!, $code: String!) {\n    confirmMfaEnrolment(challengeToken: $challengeToken, code: $code) {\n      session {\n        ...SignInStep\n      }\n      recoveryCodes\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      role\n      trust {\n        odsCode\n        name\n      }\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInStep\n    }\n  }\n": types.AcceptInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      displayName\n      username\n      email\n      role\n      mfaEnrolled\n      organisation {\n        name\n        portalAdministratorMfaRequired\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    me {\n      displayName\n      username\n      email\n      role\n      mfaEnrolled\n      organisation {\n        name\n        portalAdministratorMfaRequired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n"): (typeof documents)["\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentEmailsPage {\n    me {\n      role\n      organisation {\n        odsCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query SentEmailsPage {\n    me {\n      role\n      organisation {\n        odsCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($filter: AuditEventsFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditPage($filter: AuditEventsFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAutoIssue($input: SetAutoIssueInput!) {\n    setAutoIssue(input: $input) {\n      changedCount\n    }\n  }\n"): (typeof documents)["\n  mutation SetAutoIssue($input: SetAutoIssueInput!) {\n    setAutoIssue(input: $input) {\n      changedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CredentialsPage {\n    me {\n      canChangeSettings\n    }\n    credentialCatalogue {\n      ...AutoIssueForm_Category\n    }\n  }\n"): (typeof documents)["\n  query CredentialsPage {\n    me {\n      canChangeSettings\n    }\n    credentialCatalogue {\n      ...AutoIssueForm_Category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJobRole($input: CreateJobRoleInput!) {\n    createJobRole(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJobRole($input: CreateJobRoleInput!) {\n    createJobRole(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJobRole($input: UpdateJobRoleInput!) {\n    updateJobRole(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJobRole($input: UpdateJobRoleInput!) {\n    updateJobRole(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteJobRole($id: ID!) {\n    deleteJobRole(id: $id) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteJobRole($id: ID!) {\n    deleteJobRole(id: $id) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRoleNames {\n    staffGroups {\n      id\n      jobRoles {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobRoleNames {\n    staffGroups {\n      id\n      jobRoles {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRolesPage {\n    me {\n      canChangeSettings\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobRolesPage {\n    me {\n      canChangeSettings\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffGroupJobRoles {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      id\n      name\n      jobRoles {\n        id\n        name\n        templates {\n          id\n          name\n        }\n      }\n      ...JobRoleList_StaffGroup\n    }\n  }\n"): (typeof documents)["\n  query StaffGroupJobRoles {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      id\n      name\n      jobRoles {\n        id\n        name\n        templates {\n          id\n          name\n        }\n      }\n      ...JobRoleList_StaffGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationEmailPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationEmailPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SendSummaryNowPage {\n    me {\n      role\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n        enabled\n      }\n    }\n    outstandingActions {\n      team\n      total\n    }\n  }\n"): (typeof documents)["\n  query SendSummaryNowPage {\n    me {\n      role\n    }\n    organisation {\n      notificationSettings {\n        team\n        teamName\n        email\n        enabled\n      }\n    }\n    outstandingActions {\n      team\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSetting($input: UpdateNotificationSettingInput!) {\n    updateNotificationSetting(input: $input) {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSetting($input: UpdateNotificationSettingInput!) {\n    updateNotificationSetting(input: $input) {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSummaryNow($team: Team!) {\n    sendSummaryNow(team: $team) {\n      team\n      teamName\n      recipient\n    }\n  }\n"): (typeof documents)["\n  mutation SendSummaryNow($team: Team!) {\n    sendSummaryNow(team: $team) {\n      team\n      teamName\n      recipient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage {\n    me {\n      canChangeSettings\n      role\n    }\n    organisation {\n      name\n      contacts {\n        id\n        role\n        name\n        email\n      }\n      notificationSettings {\n        ...NotificationSettingSection_Setting\n      }\n    }\n    outstandingActions {\n      ...SummaryEmailPreview_Actions\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage {\n    me {\n      canChangeSettings\n      role\n    }\n    organisation {\n      name\n      contacts {\n        id\n        role\n        name\n        email\n      }\n      notificationSettings {\n        ...NotificationSettingSection_Setting\n      }\n    }\n    outstandingActions {\n      ...SummaryEmailPreview_Actions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      ...ContactsSummary_Organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      ...ContactsSummary_Organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemManagement {\n    me {\n      role\n      canManagePortalUsers\n    }\n  }\n"): (typeof documents)["\n  query SystemManagement {\n    me {\n      role\n      canManagePortalUsers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeTemplatePage($id: ID!) {\n    nameRule {\n      hint\n    }\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n"): (typeof documents)["\n  query ChangeTemplatePage($id: ID!) {\n    nameRule {\n      hint\n    }\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeleteTemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      affectedStaffCount\n      staffGroup {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeleteTemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      affectedStaffCount\n      staffGroup {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      ...TemplateDetails_Template\n    }\n  }\n"): (typeof documents)["\n  query TemplatePage($id: ID!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) {\n      id\n      name\n      isDefault\n      ...TemplateDetails_Template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTemplate($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n"): (typeof documents)["\n  query PreviewTemplate($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCredentialsRequiredTemplate($input: CreateCredentialsRequiredTemplateInput!) {\n    createCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCredentialsRequiredTemplate($input: CreateCredentialsRequiredTemplateInput!) {\n    createCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCredentialsRequiredTemplate($input: UpdateCredentialsRequiredTemplateInput!) {\n    updateCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCredentialsRequiredTemplate($input: UpdateCredentialsRequiredTemplateInput!) {\n    updateCredentialsRequiredTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateName($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query TemplateName($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateAsSaved($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TemplateAsSaved($id: ID!) {\n    credentialsRequiredTemplate(id: $id) {\n      name\n      staffGroup {\n        id\n      }\n      jobRole {\n        id\n      }\n      employmentTypes\n      credentials {\n        id\n      }\n      categories {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCredentialsRequiredTemplate($id: ID!) {\n    deleteCredentialsRequiredTemplate(id: $id) {\n      nowInEffect {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCredentialsRequiredTemplate($id: ID!) {\n    deleteCredentialsRequiredTemplate(id: $id) {\n      nowInEffect {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectiveTemplateForm {\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n  }\n"): (typeof documents)["\n  query EffectiveTemplateForm {\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectiveTemplate($staffGroupId: ID!, $employmentType: EmploymentType!, $jobRoleId: ID) {\n    effectiveTemplate(staffGroupId: $staffGroupId, employmentType: $employmentType, jobRoleId: $jobRoleId) {\n      matchedBy\n      template {\n        id\n        name\n        isDefault\n      }\n      requiredCredentials {\n        id\n        name\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EffectiveTemplate($staffGroupId: ID!, $employmentType: EmploymentType!, $jobRoleId: ID) {\n    effectiveTemplate(staffGroupId: $staffGroupId, employmentType: $employmentType, jobRoleId: $jobRoleId) {\n      matchedBy\n      template {\n        id\n        name\n        isDefault\n      }\n      requiredCredentials {\n        id\n        name\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewTemplatePage {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n"): (typeof documents)["\n  query NewTemplatePage {\n    me {\n      canChangeSettings\n    }\n    nameRule {\n      hint\n    }\n    staffGroups {\n      ...TemplateForm_StaffGroup\n    }\n    credentialCatalogue {\n      ...TemplateForm_Category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesPage {\n    me {\n      canChangeSettings\n    }\n    templateResolutionStatus {\n      upToDate\n      done\n      total\n    }\n    staffGroups {\n      id\n      code\n      name\n    }\n    credentialsRequiredTemplates(page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        staffGroup {\n          id\n        }\n        ...TemplateList_Template\n      }\n    }\n  }\n"): (typeof documents)["\n  query TemplatesPage {\n    me {\n      canChangeSettings\n    }\n    templateResolutionStatus {\n      upToDate\n      done\n      total\n    }\n    staffGroups {\n      id\n      code\n      name\n    }\n    credentialsRequiredTemplates(page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        staffGroup {\n          id\n        }\n        ...TemplateList_Template\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePortalUser($input: InvitePortalUserInput!) {\n    invitePortalUser(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePortalUser($input: InvitePortalUserInput!) {\n    invitePortalUser(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($portalUserId: ID!) {\n    resendInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($portalUserId: ID!) {\n    resendInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($portalUserId: ID!) {\n    revokeInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($portalUserId: ID!) {\n    revokeInvitation(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePortalUserRole($portalUserId: ID!, $role: PortalRole!) {\n    changePortalUserRole(portalUserId: $portalUserId, role: $role) {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePortalUserRole($portalUserId: ID!, $role: PortalRole!) {\n    changePortalUserRole(portalUserId: $portalUserId, role: $role) {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePortalUser($portalUserId: ID!) {\n    deactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePortalUser($portalUserId: ID!) {\n    deactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePortalUser($portalUserId: ID!) {\n    reactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivatePortalUser($portalUserId: ID!) {\n    reactivatePortalUser(portalUserId: $portalUserId) {\n      id\n      displayName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPortalUserMfa($portalUserId: ID!) {\n    resetPortalUserMfa(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPortalUserMfa($portalUserId: ID!) {\n    resetPortalUserMfa(portalUserId: $portalUserId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPortalAdministratorMfaRequired($required: Boolean!) {\n    setPortalAdministratorMfaRequired(required: $required) {\n      portalAdministratorMfaRequired\n    }\n  }\n"): (typeof documents)["\n  mutation SetPortalAdministratorMfaRequired($required: Boolean!) {\n    setPortalAdministratorMfaRequired(required: $required) {\n      portalAdministratorMfaRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUsersViewer {\n    me {\n      id\n      role\n      canManagePortalUsers\n    }\n  }\n"): (typeof documents)["\n  query PortalUsersViewer {\n    me {\n      id\n      role\n      canManagePortalUsers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUsers($filter: PortalUsersFilter, $page: PageInput) {\n    organisation {\n      portalAdministratorMfaRequired\n    }\n    portalUsers(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...PortalUserTable_User\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalUsers($filter: PortalUsersFilter, $page: PageInput) {\n    organisation {\n      portalAdministratorMfaRequired\n    }\n    portalUsers(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...PortalUserTable_User\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUser($id: ID!) {\n    portalUser(id: $id) {\n      id\n      displayName\n      email\n      username\n      role\n      status\n      lastSignedInAt\n      mfaEnrolled\n      mfaRequired\n      createdAt\n      deactivatedAt\n      invitation {\n        sentAt\n        expiresAt\n        expired\n        emailStatus\n        emailError\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalUser($id: ID!) {\n    portalUser(id: $id) {\n      id\n      displayName\n      email\n      username\n      role\n      status\n      lastSignedInAt\n      mfaEnrolled\n      mfaRequired\n      createdAt\n      deactivatedAt\n      invitation {\n        sentAt\n        expiresAt\n        expired\n        emailStatus\n        emailError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterTrust($input: RegisterTrustInput!) {\n    registerTrust(input: $input) {\n      id\n      odsCode\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterTrust($input: RegisterTrustInput!) {\n    registerTrust(input: $input) {\n      id\n      odsCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateTrust($id: ID!) {\n    deactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateTrust($id: ID!) {\n    deactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateTrust($id: ID!) {\n    reactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateTrust($id: ID!) {\n    reactivateTrust(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendTrustInvitation($id: ID!) {\n    resendTrustInvitation(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ResendTrustInvitation($id: ID!) {\n    resendTrustInvitation(id: $id) {\n      id\n      odsCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalAudit($page: PageInput) {\n    auditEvents(page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalAudit($page: PageInput) {\n    auditEvents(page: $page) {\n      nodes {\n        id\n        ...AuditTable_Event\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustsViewer {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query TrustsViewer {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustsPage($filter: TrustsFilter, $page: PageInput) {\n    trusts(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...TrustTable_Trust\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustsPage($filter: TrustsFilter, $page: PageInput) {\n    trusts(filter: $filter, page: $page) {\n      nodes {\n        id\n        ...TrustTable_Trust\n      }\n      pageInfo {\n        offset\n        limit\n        totalCount\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustByOdsCode($search: String!) {\n    trusts(filter: { search: $search }, page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        odsCode\n        name\n        status\n        registeredAt\n        deactivatedAt\n        activeSeniorAdministrators\n        awaitingFirstAdministrator\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustByOdsCode($search: String!) {\n    trusts(filter: { search: $search }, page: { offset: 0, limit: 200 }) {\n      nodes {\n        id\n        odsCode\n        name\n        status\n        registeredAt\n        deactivatedAt\n        activeSeniorAdministrators\n        awaitingFirstAdministrator\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalUserTable_User on PortalUser {\n    id\n    displayName\n    email\n    username\n    role\n    status\n    lastSignedInAt\n    mfaEnrolled\n    mfaRequired\n  }\n"): (typeof documents)["\n  fragment PortalUserTable_User on PortalUser {\n    id\n    displayName\n    email\n    username\n    role\n    status\n    lastSignedInAt\n    mfaEnrolled\n    mfaRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTable_Event on AuditEvent {\n    id\n    occurredAt\n    actorKind\n    summary\n    changes {\n      label\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditTable_Event on AuditEvent {\n    id\n    occurredAt\n    actorKind\n    summary\n    changes {\n      label\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AutoIssueForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n      autoIssue\n    }\n  }\n"): (typeof documents)["\n  fragment AutoIssueForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n      autoIssue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobRoleList_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n      templates {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JobRoleList_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n      templates {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    role\n    organisation {\n      name\n      odsCode\n    }\n  }\n"): (typeof documents)["\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    role\n    organisation {\n      name\n      odsCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingSection_Setting on NotificationSetting {\n    id\n    team\n    teamName\n    email\n    enabled\n  }\n"): (typeof documents)["\n  fragment NotificationSettingSection_Setting on NotificationSetting {\n    id\n    team\n    teamName\n    email\n    enabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryEmailPreview_Actions on TeamOutstandingActions {\n    team\n    teamName\n    awaitingManualIssue\n    missingRequiredCredentials\n    total\n  }\n"): (typeof documents)["\n  fragment SummaryEmailPreview_Actions on TeamOutstandingActions {\n    team\n    teamName\n    awaitingManualIssue\n    missingRequiredCredentials\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      role\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n    notificationSettings {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n"): (typeof documents)["\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      role\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n    notificationSettings {\n      team\n      teamName\n      email\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateCheckPage($id: ID!, $changing: Boolean!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) @include(if: $changing) {\n      id\n      name\n      isDefault\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n        name\n      }\n    }\n    credentialCatalogue {\n      id\n      name\n      credentials {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TemplateCheckPage($id: ID!, $changing: Boolean!) {\n    me {\n      canChangeSettings\n    }\n    credentialsRequiredTemplate(id: $id) @include(if: $changing) {\n      id\n      name\n      isDefault\n    }\n    staffGroups {\n      id\n      code\n      name\n      jobRoles {\n        id\n        name\n      }\n    }\n    credentialCatalogue {\n      id\n      name\n      credentials {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateReach($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n"): (typeof documents)["\n  query TemplateReach($input: TemplateReachPreviewInput!) {\n    templateReachPreview(input: $input) {\n      staffMemberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateDetails_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      code\n      name\n    }\n    jobRole {\n      name\n    }\n    employmentTypes\n    inEffect\n    overriddenBy {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    requiredCredentials {\n      id\n      name\n      category {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateDetails_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      code\n      name\n    }\n    jobRole {\n      name\n    }\n    employmentTypes\n    inEffect\n    overriddenBy {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    requiredCredentials {\n      id\n      name\n      category {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateForm_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateForm_StaffGroup on StaffGroup {\n    id\n    code\n    name\n    jobRoles {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateForm_Category on CredentialCategory {\n    id\n    name\n    credentials {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateList_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      id\n      code\n      name\n    }\n    jobRole {\n      id\n      name\n    }\n    employmentTypes\n    inEffect\n    affectedStaffCount\n    overriddenBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateList_Template on CredentialsRequiredTemplate {\n    id\n    name\n    isDefault\n    staffGroup {\n      id\n      code\n      name\n    }\n    jobRole {\n      id\n      name\n    }\n    employmentTypes\n    inEffect\n    affectedStaffCount\n    overriddenBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustTable_Trust on Trust {\n    id\n    odsCode\n    name\n    status\n    registeredAt\n    activeSeniorAdministrators\n    awaitingFirstAdministrator\n  }\n"): (typeof documents)["\n  fragment TrustTable_Trust on Trust {\n    id\n    odsCode\n    name\n    status\n    registeredAt\n    activeSeniorAdministrators\n    awaitingFirstAdministrator\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentSession {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CurrentSession {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignInStep on SignInPayload {\n    status\n    token\n    expiresAt\n    challengeToken\n    viewer {\n      id\n      displayName\n      role\n      canChangeSettings\n    }\n  }\n"): (typeof documents)["\n  fragment SignInStep on SignInPayload {\n    status\n    token\n    expiresAt\n    challengeToken\n    viewer {\n      id\n      displayName\n      role\n      canChangeSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      ...SignInStep\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      ...SignInStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignIn($challengeToken: String!, $code: String!) {\n    completeSignIn(challengeToken: $challengeToken, code: $code) {\n      ...SignInStep\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSignIn($challengeToken: String!, $code: String!) {\n    completeSignIn(challengeToken: $challengeToken, code: $code) {\n      ...SignInStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrolment($challengeToken: String!) {\n    startMfaEnrolment(challengeToken: $challengeToken) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      issuer\n      accountName\n    }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrolment($challengeToken: String!) {\n    startMfaEnrolment(challengeToken: $challengeToken) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      issuer\n      accountName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($challengeToken: String!, $code: String!) {\n    confirmMfaEnrolment(challengeToken: $challengeToken, code: $code) {\n      session {\n        ...SignInStep\n      }\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrolment($challengeToken: String!, $code: String!) {\n    confirmMfaEnrolment(challengeToken: $challengeToken, code: $code) {\n      session {\n        ...SignInStep\n      }\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      role\n      trust {\n        odsCode\n        name\n      }\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      role\n      trust {\n        odsCode\n        name\n      }\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInStep\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInStep\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;