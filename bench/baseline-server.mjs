// The hand-written baseline of the GraphQL read benchmark: a plain Node `http` server that answers
// the settings page query and `effectiveTemplate` with the same data as the API, from a few
// hand-written `pg` statements, authenticating the same session token. No GraphQL, no ORM, no
// DataLoader. Run as its own process: `node bench/baseline-server.mjs` with DATABASE_URL; it prints
// `listening <port>`.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const CONTACT_LABELS = {
  PRIMARY_CONTACT: 'Primary contact',
  HR_SUPPORT: 'HR support contact',
  MEDICAL_HR_SUPPORT: 'Medical HR support contact',
  INFORMATION_GOVERNANCE: 'Information governance contact',
  DATA_PROTECTION_OFFICER: 'Data protection officer',
  SENIOR_PORTAL_ADMINISTRATOR: 'Senior portal administrator',
  HR_TEAM: 'HR team',
  OCCUPATIONAL_HEALTH_TEAM: 'Occupational health team',
  EDUCATION_AND_TRAINING_TEAM: 'Education and training team',
};
const CONTACT_ORDER = Object.keys(CONTACT_LABELS);
const TEAM_ORDER = ['HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING'];

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'sps-bench-baseline',
});

async function caller(authorization) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const { rows } = await pool.query(
    `SELECT u.id, u.display_name, u.organisation_id, u.role
       FROM portal_session s JOIN portal_user u ON u.id = s.portal_user_id
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [createHash('sha256').update(token).digest('hex')],
  );
  return rows[0] ?? null;
}

async function settingsPage(user) {
  const trust = user.organisation_id;
  const [organisation, catalogue, groups, templates] = await Promise.all([
    pool.query(
      `SELECT o.name,
              (SELECT json_agg(json_build_object('role', c.role, 'name', c.name, 'email', c.email)) FROM contact c
                WHERE c.organisation_id = o.id) AS contacts,
              (SELECT json_agg(json_build_object('team', n.team, 'email', n.email, 'enabled', n.enabled)) FROM notification_setting n
                WHERE n.organisation_id = o.id) AS notifications
         FROM organisation o WHERE o.id = $1`,
      [trust],
    ),
    pool.query(
      `SELECT cc.id, cc.name,
              json_agg(json_build_object('id', c.id, 'name', c.name, 'autoIssue', COALESCE(a.enabled, false), 'team', c.team,
                                         'category', json_build_object('name', cc.name)) ORDER BY c.position) AS credentials
         FROM credential_category cc
         JOIN credential c ON c.category_id = cc.id
         LEFT JOIN auto_issue_setting a ON a.organisation_id = $1 AND a.credential_id = c.id
        GROUP BY cc.id ORDER BY cc.position`,
      [trust],
    ),
    pool.query(
      `SELECT g.id, g.name, d.name AS default_name,
              COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'templates',
                          COALESCE((SELECT json_agg(json_build_object('name', t.name) ORDER BY t.name)
                                      FROM credentials_required_template t
                                     WHERE t.organisation_id = $1 AND t.job_role_id = r.id), '[]'::json)) ORDER BY r.name)
                          FROM job_role r WHERE r.organisation_id = $1 AND r.staff_group_id = g.id), '[]'::json) AS job_roles
         FROM staff_group g
         JOIN credentials_required_template d ON d.is_default AND d.staff_group_id = g.id
        ORDER BY g.code`,
      [trust],
    ),
    pool.query(
      `SELECT t.id, t.name, t.is_default, t.employment_types, t.staff_group_id, t.job_role_id,
              g.name AS group_name, r.name AS role_name, count(*) OVER () AS total,
              COALESCE((SELECT json_agg(json_build_object('name', c.name)) FROM template_credential tc
                          JOIN credential c ON c.id = tc.credential_id WHERE tc.template_id = t.id), '[]'::json) AS credentials,
              COALESCE((SELECT json_agg(json_build_object('name', cc.name)) FROM template_category tc
                          JOIN credential_category cc ON cc.id = tc.category_id WHERE tc.template_id = t.id), '[]'::json) AS categories,
              COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY cc.position, c.position)
                          FROM template_required_credential rc JOIN credential c ON c.id = rc.credential_id
                          JOIN credential_category cc ON cc.id = c.category_id WHERE rc.template_id = t.id), '[]'::json) AS required
         FROM credentials_required_template t
         JOIN staff_group g ON g.id = t.staff_group_id
         LEFT JOIN job_role r ON r.id = t.job_role_id
        WHERE t.is_default OR t.organisation_id = $1
        ORDER BY g.code, t.is_default DESC, t.name, t.id
        LIMIT 200`,
      [trust],
    ),
  ]);
  const org = organisation.rows[0];
  const custom = templates.rows.filter((t) => !t.is_default);
  return {
    me: { displayName: user.display_name, canChangeSettings: user.role === 'SENIOR_PORTAL_ADMINISTRATOR', organisation: { name: org.name } },
    organisation: {
      name: org.name,
      contacts: (org.contacts ?? [])
        .sort((a, b) => CONTACT_ORDER.indexOf(a.role) - CONTACT_ORDER.indexOf(b.role))
        .map((c) => ({ label: CONTACT_LABELS[c.role], name: c.name, email: c.email })),
      notificationSettings: (org.notifications ?? []).sort((a, b) => TEAM_ORDER.indexOf(a.team) - TEAM_ORDER.indexOf(b.team)),
    },
    credentialCatalogue: catalogue.rows.map((category) => {
      const flags = category.credentials.map((c) => c.autoIssue);
      return {
        id: category.id,
        name: category.name,
        autoIssue: flags.every(Boolean) ? 'ALL' : flags.some(Boolean) ? 'SOME' : 'NONE',
        credentials: category.credentials,
      };
    }),
    staffGroups: groups.rows.map((g) => ({ id: g.id, name: g.name, jobRoles: g.job_roles, defaultTemplate: { name: g.default_name } })),
    credentialsRequiredTemplates: {
      nodes: templates.rows.map((t) => {
        const { inEffect, overriddenBy } = precedence(t, custom);
        return {
          id: t.id,
          name: t.name,
          isDefault: t.is_default,
          inEffect,
          employmentTypes: t.employment_types,
          staffGroup: { name: t.group_name },
          jobRole: t.role_name === null ? null : { name: t.role_name },
          credentials: t.credentials,
          categories: t.categories,
          requiredCredentials: t.required,
          overriddenBy: overriddenBy.map((o) => ({ name: o.name })),
        };
      }),
      pageInfo: { totalCount: Number(templates.rows[0]?.total ?? 0) },
    },
  };
}

/** The precedence of rule 1 (docs/domain.md) among one trust's templates, as the templates page shows it. */
function precedence(template, custom) {
  const sameGroup = custom.filter((o) => o.staff_group_id === template.staff_group_id && o.id !== template.id);
  if (template.job_role_id) return { inEffect: true, overriddenBy: [] };
  const sharesType = (o) => o.employment_types.some((type) => template.employment_types.includes(type));
  if (!template.is_default) return { inEffect: true, overriddenBy: sameGroup.filter((o) => o.job_role_id && sharesType(o)) };
  const covered = new Set(sameGroup.filter((o) => !o.job_role_id).flatMap((o) => o.employment_types));
  return {
    inEffect: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'].some((type) => !covered.has(type)),
    overriddenBy: sameGroup.filter(sharesType).sort((a, b) => (a.name < b.name ? -1 : 1)),
  };
}

async function effectiveTemplate(user, variables) {
  const { rows } = await pool.query(
    `WITH role AS (SELECT id, staff_group_id FROM job_role WHERE id = $3::uuid AND organisation_id = $1)
     SELECT t.id, t.name, t.is_default, m.matched_by,
            (SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'category', json_build_object('id', cc.id, 'name', cc.name))
                    ORDER BY cc.position, c.position)
               FROM template_required_credential rc JOIN credential c ON c.id = rc.credential_id
               JOIN credential_category cc ON cc.id = c.category_id WHERE rc.template_id = t.id) AS required,
            ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM role WHERE staff_group_id = $2)) AS role_ok
       FROM (SELECT COALESCE(by_role.template_id, by_group.template_id, d.id) AS template_id,
                    CASE WHEN by_role.template_id IS NOT NULL THEN 'JOB_ROLE'
                         WHEN by_group.template_id IS NOT NULL THEN 'STAFF_GROUP' ELSE 'DEFAULT' END AS matched_by
               FROM credentials_required_template d
               LEFT JOIN template_scope by_role ON by_role.organisation_id = $1 AND by_role.staff_group_id = d.staff_group_id
                AND by_role.job_role_id = $3 AND by_role.employment_type = $4
               LEFT JOIN template_scope by_group ON by_group.organisation_id = $1 AND by_group.staff_group_id = d.staff_group_id
                AND by_group.job_role_id IS NULL AND by_group.employment_type = $4
              WHERE d.is_default AND d.staff_group_id = $2) AS m
       JOIN credentials_required_template t ON t.id = m.template_id`,
    [user.organisation_id, variables.staffGroupId, variables.jobRoleId ?? null, variables.employmentType],
  );
  const row = rows[0];
  if (!row || !row.role_ok) return { errors: [{ message: 'No such staff group or job role', extensions: { code: 'BAD_USER_INPUT' } }] };
  return {
    data: {
      effectiveTemplate: {
        matchedBy: row.matched_by,
        template: { id: row.id, name: row.name, isDefault: row.is_default },
        requiredCredentials: row.required ?? [],
      },
    },
  };
}

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const user = await caller(request.headers.authorization);
      if (!user) return send(response, 401, { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
      if (String(body.query).includes('effectiveTemplate')) return send(response, 200, await effectiveTemplate(user, body.variables ?? {}));
      return send(response, 200, { data: await settingsPage(user) });
    } catch (error) {
      console.error(error);
      send(response, 500, { errors: [{ message: 'Internal server error' }] });
    }
  });
});

server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
