// The national-scale synthetic dataset: trusts sized like England's, staff spread over the staff
// groups like the NHS workforce, job roles, custom templates (some per job role), auto-issue flags and
// the credential records ESR has sent. Generated inside PostgreSQL with set-based multi-row inserts
// (INSERT … SELECT over generate_series), deterministic for given sizes.
import core from '@staff-passport/core';
import { databaseUrl, now, POSTGRES_SERVER, withClient } from './lib.mjs';

const { createDataSource, runMigrations, seed } = core;

/** Bump when the generated data changes shape, so stale benchmark databases are rebuilt. */
export const DATASET_VERSION = 4;

/** Share of the workforce per staff group, per mille (NHS workforce statistics, rounded). */
const STAFF_GROUP_MIX = [
  ['01', 100], ['02', 10], ['03', 270], ['04', 70], ['05', 70],
  ['06', 20], ['07', 220], ['08', 190], ['09', 40], ['10', 10],
];

const JOB_ROLES = {
  '01': ['Consultant', 'Specialty doctor', 'Foundation year 1', 'Specialty registrar', 'GP trainee'],
  '02': ['Student nurse', 'Student midwife'],
  '03': ['Staff nurse', 'Ward manager', 'Midwife', 'Community nurse', 'Nurse practitioner', 'Theatre nurse'],
  '04': ['Physiotherapist', 'Occupational therapist', 'Radiographer', 'Paramedic'],
  '05': ['Pharmacist', 'Pharmacy technician', 'Clinical psychologist'],
  '06': ['Biomedical scientist', 'Clinical physiologist'],
  '07': ['Healthcare assistant', 'Maternity support worker', 'Phlebotomist'],
  '08': ['Medical secretary', 'Ward clerk', 'Finance officer', 'Service manager'],
  '09': ['Porter', 'Domestic', 'Maintenance technician'],
  '10': ['Chaplain'],
};

const EVERYONE = ['IDENTITY', 'RIGHT_TO_WORK', 'OCCUPATIONAL_HEALTH_CLEARANCE', 'EMPLOYMENT_ASSIGNMENT'];
const CORE = ['CONFLICT_RESOLUTION', 'EQUALITY_DIVERSITY_HUMAN_RIGHTS', 'FIRE_SAFETY', 'HEALTH_SAFETY_WELFARE',
  'INFECTION_PREVENTION_CONTROL_L1', 'INFORMATION_GOVERNANCE_DATA_SECURITY', 'MOVING_HANDLING_L1',
  'PREVENT_BASIC_AWARENESS', 'SAFEGUARDING_ADULTS_L1', 'SAFEGUARDING_CHILDREN_L1'];

/**
 * Custom templates a trust may have; `every` spreads them (trust index % every === 0), so trusts
 * differ in what they customised.
 */
export const CUSTOM_TEMPLATES = [
  { name: 'Nursing - trust standard', group: '03', role: null, types: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'], every: 1,
    credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', ...CORE, 'RESUSCITATION_ADULT_BLS', 'MOVING_HANDLING_L2'], categories: [] },
  { name: 'Midwives', group: '03', role: 'Midwife', types: ['PERMANENT_OR_FIXED_TERM'], every: 1,
    credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', 'RESUSCITATION_NEWBORN_BLS', 'SAFEGUARDING_CHILDREN_L3'],
    categories: ['HEALTH_VACCINATIONS_TESTING'] },
  { name: 'Doctors in training (rotations)', group: '01', role: 'Foundation year 1', types: ['TEMPORARY_MOVER'], every: 1,
    credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', 'RESUSCITATION_ADULT_ILS'], categories: ['HEALTH_VACCINATIONS_TESTING'] },
  { name: 'Medical and dental - trust standard', group: '01', role: null, types: ['PERMANENT_OR_FIXED_TERM'], every: 2,
    credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', ...CORE, 'SAFEGUARDING_ADULTS_L3', 'SAFEGUARDING_CHILDREN_L3'],
    categories: ['HEALTH_VACCINATIONS_TESTING'] },
  { name: 'Healthcare assistants', group: '07', role: 'Healthcare assistant', types: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'], every: 3,
    credentials: [...EVERYONE, 'DBS', ...CORE, 'MOVING_HANDLING_L2'], categories: [] },
  { name: 'Admin and clerical - trust standard', group: '08', role: null, types: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'], every: 4,
    credentials: [...EVERYONE, ...CORE.slice(0, 6)], categories: [] },
  { name: 'Porters', group: '09', role: 'Porter', types: ['PERMANENT_OR_FIXED_TERM'], every: 5,
    credentials: [...EVERYONE, 'FIRE_SAFETY', 'MOVING_HANDLING_L1', 'MOVING_HANDLING_L2', 'HEALTH_SAFETY_WELFARE'], categories: [] },
];

/**
 * Trust sizes from `min` to `max` with most trusts small and a few large (x^3.7 over the rank), scaled
 * so that they sum to `staff` and the largest is about 2% of England (30,000 of 1.5 million).
 */
export function trustSizes(trusts, staff) {
  const max = staff * 0.02;
  const min = Math.max(1, staff * (1000 / 1_500_000));
  const k = Math.max(0.1, (max - min) / Math.max(1, staff / trusts - min) - 1);
  const raw = Array.from({ length: trusts }, (_, rank) => min + (max - min) * ((trusts - 1 - rank) / Math.max(1, trusts - 1)) ** k);
  const scale = staff / raw.reduce((sum, size) => sum + size, 0);
  const sizes = raw.map((size) => Math.max(1, Math.floor(size * scale)));
  sizes[0] += staff - sizes.reduce((sum, size) => sum + size, 0);
  return sizes;
}

export const odsCode = (index) => `BN${String(index + 1).padStart(3, '0')}`;

/** Describes the dataset in the database, or null when there is none (or it is incomplete). */
export async function readDataset(database) {
  const url = databaseUrl(database);
  const exists = await withClient(POSTGRES_SERVER, async (client) =>
    (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount > 0,
  );
  if (!exists) return null;
  return withClient(url, async (client) => {
    const table = await client.query(`SELECT to_regclass('bench_dataset') AS t`);
    if (!table.rows[0].t) return null;
    const { rows } = await client.query('SELECT value FROM bench_dataset WHERE key = $1', ['dataset']);
    return rows[0]?.value ?? null;
  });
}

/** Drops and rebuilds `database` with migrations, reference data and the synthetic dataset. */
export async function generateDataset({ database, trusts, staff, log = console.log }) {
  const url = databaseUrl(database);
  const started = now();
  await withClient(POSTGRES_SERVER, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  });

  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'sps-bench-data' });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    await seed(dataSource, { demo: false });
  } finally {
    await dataSource.destroy();
  }
  log(`  migrations and reference data: ${((now() - started) / 1000).toFixed(1)} s`);

  const sizes = trustSizes(trusts, staff);
  await withClient(url, async (client) => {
    const step = async (label, fn) => {
      const start = now();
      const result = await fn();
      log(`  ${label}: ${((now() - start) / 1000).toFixed(1)} s`);
      return result;
    };
    // A bulk load, as pg_restore does it: no foreign-key triggers (the generator only writes valid
    // references), secondary indexes built once at the end, no wait for WAL flushes.
    await client.query(`SET session_replication_role = replica`);
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`CREATE FUNCTION bench_h(bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS 'SELECT mod(hashint8($1)::bigint + 2147483648, 1000)::int'`);

    await step(`${trusts} trusts with contacts, notification and auto-issue settings`, async () => {
      await client.query(
        `INSERT INTO organisation (ods_code, name)
         SELECT code, 'Bench ' || code || ' NHS Trust' FROM unnest($1::text[]) AS code`,
        [sizes.map((_, index) => odsCode(index))],
      );
      await client.query(`
        INSERT INTO contact (organisation_id, role, name, email, phone)
        SELECT o.id, r.role, r.label || ' of ' || o.ods_code,
               lower(replace(r.role, '_', '.')) || '@' || lower(o.ods_code) || '.bench.nhs.uk', '0113 496 0000'
          FROM organisation o
         CROSS JOIN (VALUES ('PRIMARY_CONTACT', 'Primary contact'), ('HR_SUPPORT', 'HR support'),
                            ('MEDICAL_HR_SUPPORT', 'Medical HR support'), ('INFORMATION_GOVERNANCE', 'Information governance'),
                            ('DATA_PROTECTION_OFFICER', 'Data protection officer'),
                            ('SENIOR_PORTAL_ADMINISTRATOR', 'Senior portal administrator'),
                            ('HR_TEAM', 'HR team'), ('OCCUPATIONAL_HEALTH_TEAM', 'Occupational health team'),
                            ('EDUCATION_AND_TRAINING_TEAM', 'Education and training team')) AS r(role, label)`);
      await client.query(`
        INSERT INTO notification_setting (organisation_id, team, email, enabled)
        SELECT o.id, t.team, lower(replace(t.team, '_', '.')) || '@' || lower(o.ods_code) || '.bench.nhs.uk', true
          FROM organisation o CROSS JOIN unnest(ARRAY['HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING']) AS t(team)`);
      await client.query(`
        INSERT INTO auto_issue_setting (organisation_id, credential_id, enabled)
        SELECT o.id, c.id, bench_h(hashtext(o.ods_code || c.code)) < 450 FROM organisation o CROSS JOIN credential c`);
    });

    await step('job roles and custom templates', async () => {
      const groups = Object.keys(JOB_ROLES);
      await client.query(
        `INSERT INTO job_role (organisation_id, staff_group_id, name)
         SELECT o.id, g.id, r.name
           FROM organisation o
           JOIN unnest($1::text[], $2::text[]) AS r(code, name) ON true
           JOIN staff_group g ON g.code = r.code`,
        [groups.flatMap((code) => JOB_ROLES[code].map(() => code)), groups.flatMap((code) => JOB_ROLES[code])],
      );
      for (const template of CUSTOM_TEMPLATES) {
        await client.query(
          `WITH created AS (
             INSERT INTO credentials_required_template (organisation_id, name, is_default, staff_group_id, job_role_id, employment_types)
             SELECT o.id, $1, false, g.id, r.id, $4::text[]
               FROM organisation o
               JOIN staff_group g ON g.code = $2
               LEFT JOIN job_role r ON r.organisation_id = o.id AND r.staff_group_id = g.id AND r.name = $3
              WHERE (substr(o.ods_code, 3)::int - 1) % $5 = 0
             RETURNING id, organisation_id, staff_group_id, job_role_id
           ), scopes AS (
             INSERT INTO template_scope (template_id, employment_type, organisation_id, staff_group_id, job_role_id)
             SELECT c.id, t, c.organisation_id, c.staff_group_id, c.job_role_id FROM created c CROSS JOIN unnest($4::text[]) AS t
           ), credentials AS (
             INSERT INTO template_credential (template_id, credential_id)
             SELECT c.id, cr.id FROM created c JOIN credential cr ON cr.code = ANY($6::text[])
           )
           INSERT INTO template_category (template_id, category_id)
           SELECT c.id, cat.id FROM created c JOIN credential_category cat ON cat.code = ANY($7::text[])`,
          [template.name, template.group, template.role, template.types, template.every, template.credentials, template.categories],
        );
      }
    });

    const constraints = await dropIndexes(client, ['staff_member', 'credential_record']);

    await step(`${staff.toLocaleString('en-GB')} staff members (largest trust ${sizes[0].toLocaleString('en-GB')})`, async () => {
      const groupCase = caseOverCumulative(STAFF_GROUP_MIX, 'h.grp');
      let offset = 0;
      for (const [index, size] of sizes.entries()) {
        await client.query(
          `WITH trust AS (SELECT id FROM organisation WHERE ods_code = $1),
                roles AS (SELECT staff_group_id, array_agg(id ORDER BY name) AS ids
                            FROM job_role WHERE organisation_id = (SELECT id FROM trust) GROUP BY staff_group_id)
           INSERT INTO staff_member (organisation_id, esr_assignment_number, name, email, staff_group_id, job_role_id,
                                     employment_type, employment_status, start_date)
           SELECT (SELECT id FROM trust), n::text,
                  (ARRAY['Amara','Ben','Chloe','Dev','Ellie','Farid','Grace','Hamza','Isla','Jack','Kemi','Liam','Maya',
                         'Noah','Olu','Priya','Quinn','Rosa','Sam','Tom'])[1 + h.first % 20] || ' ' ||
                  (ARRAY['Smith','Jones','Patel','Williams','Brown','Khan','Taylor','Davies','Evans','Wilson','Ahmed',
                         'Roberts','Walker','Wright','Green','Hughes','Okafor','Lewis','Hall','Clarke'])[1 + h.last % 20],
                  'staff' || n || '@' || lower($1) || '.bench.nhs.uk',
                  g.id,
                  CASE WHEN h.has_role < 850 THEN r.ids[1 + h.role % cardinality(r.ids)] END,
                  CASE WHEN h.moving < CASE WHEN g.code = '01' THEN 300 ELSE 30 END THEN 'TEMPORARY_MOVER' ELSE 'PERMANENT_OR_FIXED_TERM' END,
                  CASE WHEN h.starter < 50 THEN 'NEW_STARTER' ELSE 'CURRENT_EMPLOYEE' END,
                  DATE '2026-12-01' - (CASE WHEN h.starter < 50 THEN h.days % 30 ELSE 30 + h.days * 7 END)
             FROM generate_series($2::bigint, $3::bigint) AS n
            CROSS JOIN LATERAL (SELECT bench_h(n * 16 + 1) AS grp, bench_h(n * 16 + 2) AS has_role, bench_h(n * 16 + 3) AS role,
                                       bench_h(n * 16 + 4) AS moving, bench_h(n * 16 + 5) AS starter, bench_h(n * 16 + 6) AS days,
                                       bench_h(n * 16 + 7) AS first, bench_h(n * 16 + 8) AS last) AS h
             JOIN staff_group g ON g.code = ${groupCase}
             LEFT JOIN roles r ON r.staff_group_id = g.id`,
          [odsCode(index), 30_000_001 + offset, 30_000_000 + offset + size],
        );
        offset += size;
      }
    });

    const records = await step('credential records (ESR data already applied)', async () => {
      let total = 0;
      for (const [index] of sizes.entries()) {
        // Current employees hold about 80% of what their staff group's default template requires, new
        // starters about 15%; 3% of records await manual issue.
        const result = await client.query(
          `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version, issued_at,
                                          issued_automatically, issued_by)
           SELECT s.organisation_id, s.id, c.id,
                  CASE WHEN bench_h(s.esr_assignment_number::bigint * 64 + c.n + 32) < 30 THEN 'AWAITING_MANUAL_ISSUE' ELSE 'ISSUED' END,
                  1,
                  CASE WHEN bench_h(s.esr_assignment_number::bigint * 64 + c.n + 32) < 30 THEN NULL ELSE s.start_date + 7 END,
                  bench_h(s.esr_assignment_number::bigint * 64 + c.n + 32) >= 500,
                  NULL
             FROM staff_member s
             JOIN credentials_required_template d ON d.is_default AND d.staff_group_id = s.staff_group_id
             JOIN template_required_credential t ON t.template_id = d.id
             JOIN (SELECT id, row_number() OVER (ORDER BY code)::int AS n FROM credential) c ON c.id = t.credential_id
            WHERE s.organisation_id = (SELECT id FROM organisation WHERE ods_code = $1)
              AND bench_h(s.esr_assignment_number::bigint * 64 + c.n) < CASE WHEN s.employment_status = 'NEW_STARTER' THEN 150 ELSE 800 END`,
          [odsCode(index)],
        );
        total += result.rowCount;
      }
      return total;
    });
    log(`    ${records.toLocaleString('en-GB')} credential records`);

    await step('indexes and constraints', () => restoreIndexes(client, constraints));
    await client.query(`SET session_replication_role = origin`);
    await step('vacuum and analyse', () => client.query('VACUUM (ANALYZE)'));

    const dataset = {
      version: DATASET_VERSION,
      trusts,
      staff,
      largestTrust: sizes[0],
      smallestTrust: sizes[sizes.length - 1],
      credentialRecords: records,
      customTemplates: Number((await client.query('SELECT count(*) FROM credentials_required_template WHERE NOT is_default')).rows[0].count),
      jobRoles: Number((await client.query('SELECT count(*) FROM job_role')).rows[0].count),
      generatedAt: new Date().toISOString(),
      generationSeconds: Math.round((now() - started) / 100) / 10,
    };
    await client.query('CREATE TABLE bench_dataset (key text PRIMARY KEY, value jsonb NOT NULL)');
    await client.query('INSERT INTO bench_dataset VALUES ($1, $2)', ['dataset', dataset]);
    const { rows } = await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
    log(`  database ${database}: ${rows[0].size}, generated in ${dataset.generationSeconds} s`);
    return dataset;
  });
  return readDataset(database);
}

function caseOverCumulative(mix, expression) {
  let cumulative = 0;
  const branches = mix.map(([code, share]) => {
    cumulative += share;
    return `WHEN ${expression} < ${cumulative} THEN '${code}'`;
  });
  return `CASE ${branches.join(' ')} END`;
}

/** Drops the unique constraints and secondary indexes of `tables` (not primary keys others reference). */
async function dropIndexes(client, tables) {
  const { rows: constraints } = await client.query(
    `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype IN ('u', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = pg_constraint.conindid)`,
    [tables],
  );
  for (const constraint of constraints) {
    await client.query(`ALTER TABLE ${constraint.table_name} DROP CONSTRAINT ${constraint.conname}`);
  }
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  return { constraints, indexes };
}

async function restoreIndexes(client, { constraints, indexes }) {
  for (const constraint of constraints) {
    await client.query(`ALTER TABLE ${constraint.table_name} ADD CONSTRAINT ${constraint.conname} ${constraint.definition}`);
  }
  for (const index of indexes) await client.query(index.definition);
}
