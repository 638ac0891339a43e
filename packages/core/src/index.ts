import 'reflect-metadata';

// The public API of the core, feature by feature: what the API, the worker, the CLIs and the tests of
// other packages use. Helpers a feature keeps to itself (locks, validators, SQL builders) are not here.

// Common: who is acting, errors, configuration, logging, pagination, validation
export {
  API_SCOPES,
  canChangeTrustSettings,
  canReadTrustSettings,
  PORTAL_ROLES,
  requireActor,
  requireChangeableTrust,
  requireNationalAdministrator,
  requirePortalUser,
  requireReadableTrust,
  requireTrustUserManager,
  TRUST_ROLES,
  trustOf,
  trustOfReader,
  type Actor,
  type ApiScope,
  type PortalRole,
  type TrustRole,
} from './common/actor';
export { databaseConfigSchema, databaseTimeouts, databaseTimeoutsConfigSchema, readConfig, redisConfigSchema } from './common/config';
export {
  BadUserInputError,
  DomainError,
  FieldErrors,
  ForbiddenError,
  TooManyAttemptsError,
  UnauthenticatedError,
  type DomainErrorCode,
  type FieldErrorDetail,
} from './common/domain-error';
export * from './common/enums';
export { createLogger, currentRequestId, defaultLog, logCallback, requestIdFrom, withRequestId, type Logger } from './common/logger';
export { MAX_PAGE_SIZE, type Page, type PageInput } from './common/pagination';
export { NAME_RULE, validName } from './common/names';
export { hasControlCharacters, isUuid, requiredText, validEmail, validPhone } from './common/validation';

// Database: the data source, migrations, the seed
export {
  createDataSource,
  databaseReadiness,
  databaseWaitFailure,
  DEFAULT_DATABASE_TIMEOUTS,
  poolState,
  runMigrations,
  type DatabaseTimeouts,
  type DataSourceOptions,
  type PoolState,
} from './db/data-source';
export { dropDatabase, ensureDatabaseExists } from './db/ensure-database';
export { QueryCounter } from './db/query-counter';
export { seed } from './db/seed/seed';
export { DEMO_ODS_CODE, DEMO_USERS } from './db/seed/demo-trust';

// Background work: queues, the outbox every command writes to, and the relay
export { DEFAULT_QUEUE_PREFIX, JobQueues, redisConnection, type JobQueuesOptions } from './jobs/job-queues';
export { jobsConfigSchema } from './jobs/jobs-config';
export {
  LEFT_FOR_THE_RECOVERY_SWEEP,
  Outbox,
  relayOutbox,
  runCommand,
  type BackgroundJob,
  type CommandContext,
  type JobEnqueuer,
} from './jobs/outbox';
export { jobId, QueueName } from './jobs/queue-names';

// Audit
export { AuditEvent } from './audit/audit-event.entity';
export { listAuditEvents, OPERATOR, recordAuditEvent, type AuditActor, type AuditEventsFilter } from './audit/audit.service';
export { describeAuditEvents, type AuditChange, type AuditEventDescription } from './audit/audit-descriptions';
export { AUDIT_EVENT_KINDS, isAuditEventKind, type AuditEventKind } from './audit/audit-kinds';

// Auth: portal users, sessions, API clients
export { ApiClient } from './auth/api-client.entity';
export { actorForApiKey, createApiClient, isApiKey, type NewApiClient } from './auth/api-clients.service';
export { PortalSession } from './auth/portal-session.entity';
export { PortalUser, type PortalUserStatus } from './auth/portal-user.entity';
export { hashPassword, hashSecret } from './auth/secrets';
export {
  DEVELOPMENT_MFA_ENCRYPTION_KEY,
  encryptTotpSecret,
  mfaConfigSchema,
  mfaEncryptionKey,
  RECOVERY_CODE_COUNT,
  totpCode,
  TOTP_ISSUER,
} from './auth/mfa';
export { checkNewPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './auth/password-policy';
export { actorForSessionToken, endSession, SESSION_HOURS, sessionForToken, type OpenedSession, type SessionWithDataVersion } from './auth/sessions';
export {
  CHALLENGE_MINUTES,
  completeSignIn,
  confirmMfaEnrolment,
  signIn,
  startMfaEnrolment,
  type MfaEnrolment,
  type SignInContext,
  type SignInOutcome,
} from './auth/sign-in.service';
export {
  DEFAULT_MAX_FAILURES_PER_ADDRESS,
  FAILURE_WINDOW_HOURS,
  LOCKOUT_MINUTES,
  MAX_FAILED_SIGN_INS,
  SignInThrottle,
  type SignInThrottleOptions,
} from './auth/sign-in-throttle';

// Accounts: portal users, invitations, passwords, account emails (rule 7)
export { changePassword, passwordResetLinkByToken, requestPasswordReset, resetPassword, signOutEverywhere } from './accounts/account.service';
export {
  INVITATION_HOURS,
  PASSWORD_RESET_HOURS,
  pendingAccountEmails,
  sendAccountEmail,
  type AccountEmail,
  type AccountEmailKind,
  type AccountEmailStatus,
} from './accounts/account-emails.service';
export { accountEmailJob, accountEmailJobId, type AccountEmailJobData, type AccountEmailJobResult } from './accounts/account-email.job';
export { accountEmailProcessor, type AccountEmailDelivery } from './accounts/account-email.processor';
export { acceptInvitation, invitationByToken, inviteNationalAdministrator, type InvitationDetails } from './accounts/invitations.service';
export {
  changePortalUserRole,
  createInvitedPerson,
  deactivatePortalUser,
  invitePortalUser,
  findPortalUser,
  listPortalUsers,
  reactivatePortalUser,
  resendInvitation,
  resetPortalUserMfa,
  revokeInvitation,
  setPortalAdministratorMfaRequired,
  type InvitePortalUserInput,
  type PortalUserView,
  type PortalUsersFilter,
} from './accounts/portal-users.service';

// Trusts: registration and standing, for National Administrators (rule 7)
export {
  deactivateTrust,
  listTrusts,
  reactivateTrust,
  registerTrust,
  resendTrustInvitation,
  trustsById,
  type RegisterTrustInput,
  type TrustsFilter,
  type TrustView,
} from './trusts/trusts.service';

// Organisation
export { CONTACT_ROLE_DETAILS, CONTACT_ROLES, Contact, type ContactRole } from './organisation/contact.entity';
export { Organisation, type OrganisationStatus } from './organisation/organisation.entity';
export {
  contactsByOrganisation,
  organisationsById,
  updateOrganisationContact,
  validContactDetails,
  type UpdateContactInput,
} from './organisation/organisation.service';
export { registerOrganisation, type OrganisationRegistration } from './organisation/register-organisation';

// Notifications
export { NotificationSetting } from './notifications/notification-setting.entity';
export {
  notificationSettingsByOrganisation,
  updateNotificationSetting,
  type UpdateNotificationSettingInput,
} from './notifications/notification-settings.service';

// Credentials: the catalogue and automatic issuance
export { AutoIssueSetting } from './credentials/auto-issue-setting.entity';
export { CredentialCategory } from './credentials/credential-category.entity';
export { Credential } from './credentials/credential.entity';
export {
  autoIssueEnabledFor,
  listCatalogueCredentials,
  listCredentialCategories,
  setAutoIssue,
  type AutoIssueChange,
} from './credentials/credentials.service';

// Job roles and staff groups
export { JobRole } from './job-roles/job-role.entity';
export { StaffGroup } from './job-roles/staff-group.entity';
export { createJobRole, deleteJobRole, listJobRoles, listStaffGroups, updateJobRole } from './job-roles/job-roles.service';

// Templates: credentials required templates, rule 1 (docs/domain.md) and the stored resolution
export { CredentialsRequiredTemplate } from './templates/credentials-required-template.entity';
export { TemplateCategory, TemplateCredential } from './templates/template-requirement.entity';
export { TemplateScope } from './templates/template-scope.entity';
export { effectiveTemplateFor, type EffectiveTemplateResult, type TemplateMatch } from './templates/effective-template';
export { createTemplate, deleteTemplate, previewTemplateReach, updateTemplate } from './templates/template-commands';
export { type TemplateInput } from './templates/template-input';
export {
  getTemplate,
  listCustomTemplates,
  listDefaultTemplates,
  listTemplates,
  precedenceAmong,
  requiredCredentialsByTemplate,
  requirementsByTemplate,
  templatesById,
  type TemplatesFilter,
} from './templates/template-queries';
export {
  RESOLUTION_CHUNK_SIZE,
  recordTemplateResolutionRun,
  runTemplateResolution,
  templateResolutionStatus,
  unfinishedTemplateResolutionRuns,
  type TemplateResolutionRun,
  type TemplateResolutionRunStatus,
  type TemplateResolutionScope,
  type TemplateResolutionStatus,
} from './templates/template-resolution.service';
export {
  templateResolutionJob,
  templateResolutionJobId,
  type TemplateResolutionJobData,
  type TemplateResolutionProgress,
} from './templates/template-resolution.job';
export { templateResolutionProcessor } from './templates/template-resolution.processor';

// Staff: staff members, ESR feeds, credential records
export { CredentialRecord } from './staff/credential-record.entity';
export { EsrCredentialUpdate } from './staff/esr-credential-update.entity';
export { StaffMember } from './staff/staff-member.entity';
export {
  affectedStaffCounts,
  credentialRecordsByStaffMember,
  listStaffMembers,
  MAX_ESR_BATCH,
  recordEsrStaffMembers,
  storedTemplateResolutions,
  type EsrStaffMemberInput,
  type StaffMembersFilter,
  type StoredTemplateResolution,
} from './staff/staff.service';
export { type EsrCredentialUpdateInput } from './staff/esr-updates.service';
export {
  applyEsrUpdateBatch,
  getEsrUpdateBatch,
  queuedEsrUpdateBatches,
  queueEsrCredentialUpdates,
  type EsrUpdateBatch,
  type EsrUpdateBatchStatus,
} from './staff/esr-batches.service';
export {
  esrCredentialUpdatesJob,
  esrCredentialUpdatesJobId,
  type EsrCredentialUpdatesJobData,
  type EsrCredentialUpdatesJobResult,
} from './staff/esr-credential-updates.job';
export { esrCredentialUpdatesProcessor } from './staff/esr-credential-updates.processor';
export { issueCredentialManually } from './staff/manual-issue.service';

// Summaries: outstanding actions and the weekly emails
export { ISO_WEEK, isoWeekOf } from './summaries/iso-week';
export {
  liveOutstandingActionsFor,
  OUTSTANDING_ACTIONS_BY_TRUST_AND_TEAM,
  outstandingActionsFor,
  outstandingActionsOfEveryTrust,
  type TeamOutstandingActions,
} from './summaries/outstanding-actions.service';
export {
  listSummaryDispatches,
  pendingSummaryDispatches,
  requestSummaryNow,
  type SummaryDispatch,
  type SummaryDispatchKind,
  type SummaryDispatchStatus,
  type SummaryEmail,
} from './summaries/summary-dispatch.service';
export { summaryEmailJob, summaryEmailJobId, type SummaryEmailJobData, type SummaryEmailJobResult } from './summaries/summary-email.job';
export { summaryEmailProcessor, type SummaryDelivery } from './summaries/summary-email.processor';
export {
  WEEKLY_SUMMARY_JOB_NAME,
  WEEKLY_SUMMARY_PATTERN,
  WEEKLY_SUMMARY_SCHEDULER_ID,
  WEEKLY_SUMMARY_TIME_ZONE,
  weeklySummaryJob,
  type WeeklySummaryJobData,
  type WeeklySummaryJobResult,
} from './summaries/weekly-summary.job';
export { weeklySummaryProcessor } from './summaries/weekly-summary.processor';
