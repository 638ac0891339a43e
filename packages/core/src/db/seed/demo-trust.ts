import type { EntityManager } from 'typeorm';
import { encryptTotpSecret } from '../../auth/mfa';
import { hashPassword } from '../../auth/secrets';
import { EMPLOYMENT_TYPES, type EmploymentStatus, type EmploymentType } from '../../common/enums';
import { registerOrganisation } from '../../organisation/register-organisation';

/**
 * Written in README and printed by `npm start` so a person can sign in and look around. Never use these
 * outside a demo: the seed refuses to create them in production. `totpSecret` is the published second
 * factor (rule 7) of those who need one: add it to an authenticator app, or run `npm run demo-code`.
 * The demo trust does not require it of Portal Administrators, so portal.admin signs in with a password.
 */
export const DEMO_USERS = [
  {
    username: 'national.admin',
    password: 'Passport-National-2026',
    displayName: 'Nat National',
    email: 'nat.national@passport-demo.nhs.uk',
    role: 'NATIONAL_ADMINISTRATOR',
    totpSecret: 'NATIONALADMINDEMOTOTPSECRETAAAAA',
  },
  {
    username: 'senior.admin',
    password: 'Passport-Senior-2026',
    displayName: 'Sam Senior',
    email: 'sam.senior@riverside-demo.nhs.uk',
    role: 'SENIOR_PORTAL_ADMINISTRATOR',
    totpSecret: 'SENIORADMINDEMOTOTPSECRETAAAAAAA',
  },
  {
    username: 'portal.admin',
    password: 'Passport-Portal-2026',
    displayName: 'Pat Portal',
    email: 'pat.portal@riverside-demo.nhs.uk',
    role: 'PORTAL_ADMINISTRATOR',
    totpSecret: null,
  },
] as const;

export const DEMO_ODS_CODE = 'RX1';
const DEMO_STAFF = 300;

const JOB_ROLES: Record<string, string[]> = {
  '01': ['Consultant', 'Foundation doctor', 'Specialty registrar'],
  '03': ['Staff nurse', 'Ward manager', 'Midwife'],
  '04': ['Physiotherapist', 'Radiographer'],
  '07': ['Healthcare assistant'],
  '08': ['Medical secretary', 'Receptionist'],
  '09': ['Porter'],
};

const FIRST_NAMES = ['Amara', 'Ben', 'Chloe', 'Dev', 'Ella', 'Farid', 'Grace', 'Hamza', 'Isla', 'Jack', 'Kiran', 'Leah', 'Mo', 'Nia', 'Owen', 'Priya', 'Rory', 'Sofia', 'Tom', 'Zara'];
const LAST_NAMES = ['Adeyemi', 'Brown', 'Chen', 'Davies', 'Evans', 'Fernandes', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Murphy', 'Nowak', "O'Brien", 'Patel', 'Roberts', 'Smith', 'Taylor', 'Williams'];

/** A small deterministic generator, so the demo data is the same on every machine. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * The demo trust: contacts, notification settings, job roles, custom templates and a few hundred staff
 * with credential records, and the demo users (a National Administrator and the trust's two). Idempotent:
 * a trust that exists is left as it is.
 */
export async function seedDemoTrust(manager: EntityManager, mfaKey: Buffer): Promise<{ created: boolean }> {
  const { id: organisationId, created } = await registerOrganisation(manager, {
    odsCode: DEMO_ODS_CODE,
    name: 'Riverside Demo NHS Foundation Trust',
    contacts: {
      PRIMARY_CONTACT: { name: 'Alex Morgan', email: 'alex.morgan@riverside-demo.nhs.uk', phone: '01632 960 001' },
      HR_SUPPORT: { name: 'Jordan Lee', email: 'jordan.lee@riverside-demo.nhs.uk', phone: '01632 960 002' },
      MEDICAL_HR_SUPPORT: { name: 'Dr Priya Shah', email: 'priya.shah@riverside-demo.nhs.uk', phone: '01632 960 003' },
      INFORMATION_GOVERNANCE: { name: 'Chris Taylor', email: 'ig@riverside-demo.nhs.uk', phone: '01632 960 004' },
      DATA_PROTECTION_OFFICER: { name: 'Morgan Evans', email: 'dpo@riverside-demo.nhs.uk', phone: '01632 960 005' },
      SENIOR_PORTAL_ADMINISTRATOR: { name: 'Sam Senior', email: 'sam.senior@riverside-demo.nhs.uk', phone: '01632 960 006' },
      HR_TEAM: { name: 'HR team', email: 'hr@riverside-demo.nhs.uk', phone: '01632 960 010' },
      OCCUPATIONAL_HEALTH_TEAM: { name: 'Occupational health team', email: 'occupational.health@riverside-demo.nhs.uk', phone: '01632 960 011' },
      EDUCATION_AND_TRAINING_TEAM: { name: 'Education and training team', email: 'education@riverside-demo.nhs.uk', phone: '01632 960 012' },
    },
    notifications: {
      HR: { email: 'hr@riverside-demo.nhs.uk', enabled: true },
      OCCUPATIONAL_HEALTH: { email: 'occupational.health@riverside-demo.nhs.uk', enabled: true },
      EDUCATION_AND_TRAINING: { email: 'education@riverside-demo.nhs.uk', enabled: false },
    },
    autoIssueCredentialCodes: ['IDENTITY', 'RIGHT_TO_WORK', 'EMPLOYMENT_ASSIGNMENT', 'FIRE_SAFETY', 'CONFLICT_RESOLUTION', 'EQUALITY_DIVERSITY_HUMAN_RIGHTS'],
  });
  await seedDemoUsers(manager, organisationId, mfaKey);
  if (!created) return { created };

  for (const [code, names] of Object.entries(JOB_ROLES)) {
    await manager.query(
      `INSERT INTO job_role (organisation_id, staff_group_id, name)
       SELECT $1, id, unnest($3::text[]) FROM staff_group WHERE code = $2`,
      [organisationId, code, names],
    );
  }

  await addTemplate(manager, organisationId, {
    name: 'Nursing - ward managers',
    staffGroupCode: '03',
    jobRole: 'Ward manager',
    employmentTypes: [...EMPLOYMENT_TYPES],
    credentials: ['IDENTITY', 'RIGHT_TO_WORK', 'DBS', 'PROFESSIONAL_REGISTRATION', 'OCCUPATIONAL_HEALTH_CLEARANCE', 'SAFEGUARDING_ADULTS_L3', 'SAFEGUARDING_CHILDREN_L3', 'RESUSCITATION_ADULT_ILS'],
    categories: ['CORE_SKILLS_TRAINING', 'HEALTH_VACCINATIONS_TESTING'],
  });
  await addTemplate(manager, organisationId, {
    name: 'Doctors in training (rotating)',
    staffGroupCode: '01',
    jobRole: null,
    employmentTypes: ['TEMPORARY_MOVER'],
    credentials: ['IDENTITY', 'RIGHT_TO_WORK', 'DBS', 'PROFESSIONAL_REGISTRATION', 'OCCUPATIONAL_HEALTH_CLEARANCE', 'EMPLOYMENT_ASSIGNMENT'],
    categories: ['CORE_SKILLS_TRAINING', 'HEALTH_VACCINATIONS_TESTING'],
  });
  await addTemplate(manager, organisationId, {
    name: 'Administrative staff',
    staffGroupCode: '08',
    jobRole: null,
    employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
    credentials: ['IDENTITY', 'RIGHT_TO_WORK', 'EMPLOYMENT_ASSIGNMENT', 'FIRE_SAFETY', 'INFORMATION_GOVERNANCE_DATA_SECURITY', 'EQUALITY_DIVERSITY_HUMAN_RIGHTS'],
    categories: [],
  });

  await seedDemoStaff(manager, organisationId);
  return { created };
}

/**
 * The demo users, ACTIVE, with their published second factor. Users an earlier seed made without an
 * email address or second factor are brought up to date; anything else is left as it is.
 */
async function seedDemoUsers(manager: EntityManager, organisationId: string, mfaKey: Buffer): Promise<void> {
  for (const user of DEMO_USERS) {
    await manager.query(
      `INSERT INTO portal_user (organisation_id, username, email, display_name, password_hash, role, status,
                                totp_secret_encrypted, totp_enrolled_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7::text, CASE WHEN $7::text IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (username) DO UPDATE
         SET email = EXCLUDED.email, totp_secret_encrypted = EXCLUDED.totp_secret_encrypted, totp_enrolled_at = EXCLUDED.totp_enrolled_at
         WHERE portal_user.email IS NULL`,
      [
        user.role === 'NATIONAL_ADMINISTRATOR' ? null : organisationId,
        user.username,
        user.email,
        user.displayName,
        await hashPassword(user.password),
        user.role,
        user.totpSecret ? encryptTotpSecret(mfaKey, user.totpSecret) : null,
      ],
    );
  }
}

async function addTemplate(
  manager: EntityManager,
  organisationId: string,
  template: { name: string; staffGroupCode: string; jobRole: string | null; employmentTypes: EmploymentType[]; credentials: string[]; categories: string[] },
): Promise<void> {
  const [{ id, staff_group_id, job_role_id }]: { id: string; staff_group_id: string; job_role_id: string | null }[] =
    await manager.query(
      `INSERT INTO credentials_required_template (organisation_id, name, is_default, staff_group_id, job_role_id, employment_types)
       SELECT $1, $2, false, g.id,
              (SELECT r.id FROM job_role r WHERE r.organisation_id = $1 AND r.staff_group_id = g.id AND r.name = $4),
              $5::text[]
         FROM staff_group g WHERE g.code = $3
       RETURNING id, staff_group_id, job_role_id`,
      [organisationId, template.name, template.staffGroupCode, template.jobRole, template.employmentTypes],
    );
  await manager.query(
    `INSERT INTO template_scope (template_id, employment_type, organisation_id, staff_group_id, job_role_id)
     SELECT $1, unnest($2::text[]), $3, $4, $5`,
    [id, template.employmentTypes, organisationId, staff_group_id, job_role_id],
  );
  await manager.query(
    'INSERT INTO template_credential (template_id, credential_id) SELECT $1, id FROM credential WHERE code = ANY($2::text[])',
    [id, template.credentials],
  );
  await manager.query(
    'INSERT INTO template_category (template_id, category_id) SELECT $1, id FROM credential_category WHERE code = ANY($2::text[])',
    [id, template.categories],
  );
}

async function seedDemoStaff(manager: EntityManager, organisationId: string): Promise<void> {
  const random = sequence(20261125);
  const groups: { id: string; code: string }[] = await manager.query('SELECT id, code FROM staff_group ORDER BY code');
  const roles: { id: string; staff_group_id: string }[] = await manager.query(
    'SELECT id, staff_group_id FROM job_role WHERE organisation_id = $1',
    [organisationId],
  );
  const weighted = ['01', '01', '03', '03', '03', '03', '04', '05', '06', '07', '07', '08', '08', '08', '09', '02', '10'];
  const staff = Array.from({ length: DEMO_STAFF }, (_, index) => {
    const code = weighted[Math.floor(random() * weighted.length)];
    const group = groups.find((candidate) => candidate.code === code)!;
    const groupRoles = roles.filter((role) => role.staff_group_id === group.id);
    const jobRole = groupRoles.length && random() < 0.8 ? groupRoles[Math.floor(random() * groupRoles.length)].id : null;
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)];
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)];
    const employmentType: EmploymentType = random() < 0.15 ? 'TEMPORARY_MOVER' : 'PERMANENT_OR_FIXED_TERM';
    const employmentStatus: EmploymentStatus = random() < 0.2 ? 'NEW_STARTER' : 'CURRENT_EMPLOYEE';
    const start = new Date(Date.UTC(2018 + Math.floor(random() * 9), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    return {
      assignment: String(30000000 + index * 7),
      name: `${first} ${last}`,
      email: `${first}.${last}.${index}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + '@riverside-demo.nhs.uk',
      staffGroupId: group.id,
      jobRole,
      employmentType,
      employmentStatus,
      startDate: start.toISOString().slice(0, 10),
    };
  });
  await manager.query(
    `INSERT INTO staff_member (organisation_id, esr_assignment_number, name, email, staff_group_id, job_role_id,
                               employment_type, employment_status, start_date)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::date[])`,
    [
      organisationId,
      staff.map((member) => member.assignment),
      staff.map((member) => member.name),
      staff.map((member) => member.email),
      staff.map((member) => member.staffGroupId),
      staff.map((member) => member.jobRole),
      staff.map((member) => member.employmentType),
      staff.map((member) => member.employmentStatus),
      staff.map((member) => member.startDate),
    ],
  );
  // Current employees hold most of what their template requires; a share of it awaits manual
  // issue. New starters and temporary movers hold less, so the summaries have something to count.
  await manager.query(
    `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version,
                                    issued_at, issued_automatically)
     SELECT s.organisation_id, s.id, t.credential_id,
            CASE WHEN (abs(hashtext(s.id::text || t.credential_id::text)) % 10) = 0 THEN 'AWAITING_MANUAL_ISSUE' ELSE 'ISSUED' END,
            1,
            CASE WHEN (abs(hashtext(s.id::text || t.credential_id::text)) % 10) = 0 THEN NULL ELSE now() - interval '30 days' END,
            (abs(hashtext(s.id::text || t.credential_id::text)) % 10) <> 0
       FROM staff_member s
       JOIN staff_effective_template e ON e.staff_member_id = s.id
       JOIN template_required_credential t ON t.template_id = e.template_id
      WHERE s.organisation_id = $1
        AND (abs(hashtext(t.credential_id::text || s.id::text)) % 10) <
            CASE WHEN s.employment_status = 'NEW_STARTER' OR s.employment_type = 'TEMPORARY_MOVER' THEN 6 ELSE 10 END`,
    [organisationId],
  );
}
