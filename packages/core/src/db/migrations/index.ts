import { InitialSchema1764050000000 } from './1764050000000-initial-schema';
import { BackgroundJobs1764100000000 } from './1764100000000-background-jobs';
import { RuleOneFunction1764200000000 } from './1764200000000-rule-one-function';
import { PartialEsrBatches1764200000001 } from './1764200000001-partial-esr-batches';
import { AuditEventKindIndex1764400000001 } from './1764400000001-audit-event-kind-index';
import { TrustsAndPeople1764500000001 } from './1764500000001-trusts-and-people';
import { OrganisationDataVersion1764600000010 } from './1764600000010-organisation-data-version';
import { SummaryPlannedCounts1764600000011 } from './1764600000011-summary-planned-counts';
import { CredentialRecordStaffDistinct1764600000012 } from './1764600000012-credential-record-staff-distinct';

/** Every migration, oldest first. Add new ones at the end. */
export const MIGRATIONS = [
  InitialSchema1764050000000,
  BackgroundJobs1764100000000,
  RuleOneFunction1764200000000,
  PartialEsrBatches1764200000001,
  AuditEventKindIndex1764400000001,
  TrustsAndPeople1764500000001,
  OrganisationDataVersion1764600000010,
  SummaryPlannedCounts1764600000011,
  CredentialRecordStaffDistinct1764600000012,
];
