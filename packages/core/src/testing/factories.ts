import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor, ApiScope, TrustRole } from '../common/actor';
import type { EmploymentStatus, EmploymentType } from '../common/enums';
import { registerOrganisation } from '../organisation/register-organisation';

/** Small builders for test data. Each returns what a test needs to refer to it. */

export async function aTrust(dataSource: DataSource, odsCode = `T${randomBytes(2).toString('hex').toUpperCase()}`) {
  const { id } = await registerOrganisation(dataSource.manager, {
    odsCode,
    name: `${odsCode} Test NHS Trust`,
    contacts: {
      PRIMARY_CONTACT: { name: 'Primary Person', email: `primary@${odsCode.toLowerCase()}.nhs.uk`, phone: '01632 960 100' },
      HR_TEAM: { name: 'HR team', email: `hr@${odsCode.toLowerCase()}.nhs.uk` },
      OCCUPATIONAL_HEALTH_TEAM: { name: 'Occupational health team', email: `oh@${odsCode.toLowerCase()}.nhs.uk` },
      EDUCATION_AND_TRAINING_TEAM: { name: 'Education and training team', email: `et@${odsCode.toLowerCase()}.nhs.uk` },
    },
    notifications: {
      HR: { email: `hr@${odsCode.toLowerCase()}.nhs.uk`, enabled: true },
      OCCUPATIONAL_HEALTH: { email: `oh@${odsCode.toLowerCase()}.nhs.uk`, enabled: true },
      EDUCATION_AND_TRAINING: { email: `et@${odsCode.toLowerCase()}.nhs.uk`, enabled: false },
    },
  });
  return { id, odsCode };
}

export function aPortalUser(organisationId: string, role: TrustRole = 'SENIOR_PORTAL_ADMINISTRATOR'): Actor {
  const id = crypto.randomUUID();
  return { kind: 'PORTAL_USER', id, name: `User ${id.slice(0, 4)}`, username: `user-${id.slice(0, 8)}`, organisationId, role };
}

export function aNationalAdministrator(): Actor {
  const id = crypto.randomUUID();
  return { kind: 'PORTAL_USER', id, name: `National ${id.slice(0, 4)}`, username: `national-${id.slice(0, 8)}`, organisationId: null, role: 'NATIONAL_ADMINISTRATOR' };
}

export function anApiClient(organisationId: string | null, scopes: ApiScope[]): Actor {
  return { kind: 'API_CLIENT', id: crypto.randomUUID(), name: 'Test client', organisationId, scopes };
}

export async function idsByCode(dataSource: DataSource, table: 'credential' | 'credential_category' | 'staff_group'): Promise<Record<string, string>> {
  const rows: { id: string; code: string }[] = await dataSource.query(`SELECT id, code FROM ${table}`);
  return Object.fromEntries(rows.map((row) => [row.code, row.id]));
}

export async function aJobRole(dataSource: DataSource, organisationId: string, staffGroupId: string, name: string): Promise<string> {
  const [{ id }]: { id: string }[] = await dataSource.query(
    'INSERT INTO job_role (organisation_id, staff_group_id, name) VALUES ($1, $2, $3) RETURNING id',
    [organisationId, staffGroupId, name],
  );
  return id;
}

export async function aStaffMember(
  dataSource: DataSource,
  organisationId: string,
  details: {
    staffGroupId: string;
    jobRoleId?: string | null;
    employmentType?: EmploymentType;
    employmentStatus?: EmploymentStatus;
    esrAssignmentNumber?: string;
  },
): Promise<{ id: string; esrAssignmentNumber: string }> {
  const esrAssignmentNumber = details.esrAssignmentNumber ?? String(10000000 + Math.floor(Math.random() * 89999999));
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO staff_member (organisation_id, esr_assignment_number, name, staff_group_id, job_role_id,
                               employment_type, employment_status, start_date)
     VALUES ($1, $2, 'Test Person', $3, $4, $5, $6, '2026-01-05') RETURNING id`,
    [
      organisationId,
      esrAssignmentNumber,
      details.staffGroupId,
      details.jobRoleId ?? null,
      details.employmentType ?? 'PERMANENT_OR_FIXED_TERM',
      details.employmentStatus ?? 'CURRENT_EMPLOYEE',
    ],
  );
  return { id, esrAssignmentNumber };
}
