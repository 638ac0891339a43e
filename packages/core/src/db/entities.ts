import { AuditEvent } from '../audit/audit-event.entity';
import { ApiClient } from '../auth/api-client.entity';
import { PortalSession } from '../auth/portal-session.entity';
import { PortalUser } from '../auth/portal-user.entity';
import { AutoIssueSetting } from '../credentials/auto-issue-setting.entity';
import { Credential } from '../credentials/credential.entity';
import { CredentialCategory } from '../credentials/credential-category.entity';
import { JobRole } from '../job-roles/job-role.entity';
import { StaffGroup } from '../job-roles/staff-group.entity';
import { NotificationSetting } from '../notifications/notification-setting.entity';
import { Contact } from '../organisation/contact.entity';
import { Organisation } from '../organisation/organisation.entity';
import { CredentialRecord } from '../staff/credential-record.entity';
import { EsrCredentialUpdate } from '../staff/esr-credential-update.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { CredentialsRequiredTemplate } from '../templates/credentials-required-template.entity';
import { TemplateCategory, TemplateCredential } from '../templates/template-requirement.entity';
import { TemplateScope } from '../templates/template-scope.entity';

export const ENTITIES = [
  ApiClient,
  AuditEvent,
  AutoIssueSetting,
  Contact,
  Credential,
  CredentialCategory,
  CredentialRecord,
  CredentialsRequiredTemplate,
  EsrCredentialUpdate,
  JobRole,
  NotificationSetting,
  Organisation,
  PortalSession,
  PortalUser,
  StaffGroup,
  StaffMember,
  TemplateCategory,
  TemplateCredential,
  TemplateScope,
];
