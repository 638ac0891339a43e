// The hand-written baseline of the GraphQL read benchmark: a plain Node `http` server that answers each
// portal page's own operation (known by the persisted id the portal sends, as the API knows it) with the
// same JSON as the API, from hand-written `pg` statements, after the same session check (token hash,
// expiry, person and trust active). No GraphQL, no ORM, no DataLoader, no cache. Only constants are
// shared with the service (labels, team names, the name rule): every query and every rule is written
// here again. Run as its own process: `node bench/baseline-server.mjs` with DATABASE_URL; it prints
// `listening <port>`.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';
import core from '@staff-passport/core';

const { CONTACT_ROLE_DETAILS, CONTACT_ROLES, NAME_RULE, TEAM_NAMES, TEAMS } = core;
const EMPLOYMENT_TYPES = ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'];

const manifest = JSON.parse(readFileSync(process.env.PERSISTED_DOCUMENTS_PATH ?? new URL('../apps/web/src/gql/persisted-documents.json', import.meta.url), 'utf8'));
/** Operation name by persisted id: the baseline answers by name, not by parsing GraphQL. */
const operationById = new Map(
  Object.entries(manifest).flatMap(([id, text]) => {
    const name = /(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
    return name ? [[id, name]] : [];
  }),
);

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'sps-bench-baseline',
});
// Statements per request are counted, not stated: each answer says how many it sent (x-sql-statements).
const statements = new AsyncLocalStorage();
const query = pool.query.bind(pool);
pool.query = (...args) => {
  const counter = statements.getStore();
  if (counter) counter.count += 1;
  return query(...args);
};

async function caller(authorization) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const { rows } = await pool.query(
    `SELECT u.id, u.display_name, u.organisation_id, u.role, o.name AS organisation_name, o.ods_code
       FROM portal_session s JOIN portal_user u ON u.id = s.portal_user_id
       LEFT JOIN organisation o ON o.id = u.organisation_id
      WHERE s.token_hash = $1 AND s.expires_at > now()
        AND u.status = 'ACTIVE' AND (u.organisation_id IS NULL OR o.status = 'ACTIVE')`,
    [createHash('sha256').update(token).digest('hex')],
  );
  return rows[0] ?? null;
}

const canChange = (user) => user.role === 'SENIOR_PORTAL_ADMINISTRATOR';
const byRole = (a, b) => CONTACT_ROLES.indexOf(a.role) - CONTACT_ROLES.indexOf(b.role);
const byTeam = (a, b) => TEAMS.indexOf(a.team) - TEAMS.indexOf(b.team);

async function organisationRow(trust) {
  const { rows: [row] } = await pool.query(
    `SELECT o.name, o.ods_code,
            (SELECT json_agg(json_build_object('id', c.id, 'role', c.role, 'name', c.name, 'email', c.email, 'phone', c.phone))
               FROM contact c WHERE c.organisation_id = o.id) AS contacts,
            (SELECT json_agg(json_build_object('id', n.id, 'team', n.team, 'email', n.email, 'enabled', n.enabled))
               FROM notification_setting n WHERE n.organisation_id = o.id) AS settings
       FROM organisation o WHERE o.id = $1`,
    [trust],
  );
  return { ...row, contacts: (row.contacts ?? []).sort(byRole), settings: (row.settings ?? []).sort(byTeam) };
}

const OPERATIONS = {
  async PortalLayout(user) {
    return { me: { displayName: user.display_name, organisation: { name: user.organisation_name, odsCode: user.ods_code }, role: user.role } };
  },

  async OrganisationPage(user) {
    const org = await organisationRow(user.organisation_id);
    return {
      me: { canChangeSettings: canChange(user) },
      organisation: {
        contacts: org.contacts.map((c) => ({
          email: c.email, id: c.id, isTeam: CONTACT_ROLE_DETAILS[c.role].isTeam, label: CONTACT_ROLE_DETAILS[c.role].label,
          name: c.name, phone: c.phone, role: c.role,
        })),
        name: org.name,
        notificationSettings: org.settings.map((n) => ({ email: n.email, enabled: n.enabled, team: n.team, teamName: TEAM_NAMES[n.team] })),
        odsCode: org.ods_code,
      },
    };
  },

  async NotificationsPage(user) {
    const [org, { rows: counts }] = await Promise.all([
      organisationRow(user.organisation_id),
      pool.query(
        `SELECT c.team, count(*) FILTER (WHERE x.kind = 'awaiting')::int AS awaiting, count(*) FILTER (WHERE x.kind = 'missing')::int AS missing
           FROM (SELECT 'awaiting' AS kind, r.credential_id FROM credential_record r
                  WHERE r.organisation_id = $1 AND r.status = 'AWAITING_MANUAL_ISSUE'
                 UNION ALL
                 SELECT 'missing', m.credential_id FROM staff_missing_credential m
                  WHERE m.organisation_id = $1 AND m.counts_as_action) AS x
           JOIN credential c ON c.id = x.credential_id
          GROUP BY c.team`,
        [user.organisation_id],
      ),
    ]);
    return {
      me: { canChangeSettings: canChange(user), role: user.role },
      organisation: {
        contacts: org.contacts.map((c) => ({ email: c.email, id: c.id, name: c.name, role: c.role })),
        name: org.name,
        notificationSettings: org.settings.map((n) => ({ email: n.email, enabled: n.enabled, id: n.id, team: n.team, teamName: TEAM_NAMES[n.team] })),
      },
      outstandingActions: TEAMS.map((team) => {
        const row = counts.find((c) => c.team === team) ?? { awaiting: 0, missing: 0 };
        return { awaitingManualIssue: row.awaiting, missingRequiredCredentials: row.missing, team, teamName: TEAM_NAMES[team], total: row.awaiting + row.missing };
      }),
    };
  },

  async CredentialsPage(user) {
    const { rows } = await pool.query(
      `SELECT cc.id, cc.name,
              json_agg(json_build_object('autoIssue', COALESCE(a.enabled, false), 'id', c.id, 'name', c.name) ORDER BY c.position) AS credentials
         FROM credential_category cc
         JOIN credential c ON c.category_id = cc.id
         LEFT JOIN auto_issue_setting a ON a.organisation_id = $1 AND a.credential_id = c.id
        GROUP BY cc.id ORDER BY cc.position`,
      [user.organisation_id],
    );
    return { credentialCatalogue: rows.map((r) => ({ credentials: r.credentials, id: r.id, name: r.name })), me: { canChangeSettings: canChange(user) } };
  },

  async TemplatesPage(user) {
    const trust = user.organisation_id;
    const [{ rows: templates }, { rows: groups }, { rows: [status] }] = await Promise.all([
      pool.query(
        `SELECT t.id, t.name, t.is_default, t.employment_types, t.staff_group_id, t.job_role_id,
                g.code AS group_code, g.name AS group_name, r.name AS role_name,
                (SELECT count(*)::int FROM staff_template_resolution s WHERE s.organisation_id = $1 AND s.template_id = t.id) AS affected
           FROM credentials_required_template t
           JOIN staff_group g ON g.id = t.staff_group_id
           LEFT JOIN job_role r ON r.id = t.job_role_id
          WHERE t.is_default OR t.organisation_id = $1
          ORDER BY g.code, t.is_default DESC, t.name, t.id
          LIMIT 200`,
        [trust],
      ),
      pool.query('SELECT id, code, name FROM staff_group ORDER BY code'),
      pool.query(
        `SELECT count(*)::int AS open, COALESCE(sum(done), 0)::int AS done, COALESCE(sum(total), 0)::int AS total
           FROM (SELECT done, total FROM template_resolution_run
                  WHERE organisation_id = $1 AND status IN ('QUEUED', 'RUNNING') ORDER BY requested_at DESC LIMIT 50) AS open`,
        [trust],
      ),
    ]);
    const custom = templates.filter((t) => !t.is_default).sort(byName);
    return {
      credentialsRequiredTemplates: {
        nodes: templates.map((t) => {
          const { inEffect, overriddenBy } = precedence(t, custom);
          return {
            id: t.id,
            staffGroup: { id: t.staff_group_id, code: t.group_code, name: t.group_name },
            affectedStaffCount: t.affected,
            employmentTypes: t.employment_types,
            inEffect,
            isDefault: t.is_default,
            jobRole: t.job_role_id === null ? null : { id: t.job_role_id, name: t.role_name },
            name: t.name,
            overriddenBy: overriddenBy.map((o) => ({ id: o.id, name: o.name })),
          };
        }),
      },
      me: { canChangeSettings: canChange(user) },
      staffGroups: groups,
      templateResolutionStatus: { done: status.done, total: status.total, upToDate: status.open === 0 },
    };
  },

  async TemplatePage(user, variables) {
    const trust = user.organisation_id;
    const { rows: [t] } = await pool.query(
      `SELECT t.id, t.name, t.is_default, t.employment_types, t.staff_group_id, t.job_role_id,
              g.code AS group_code, g.name AS group_name, r.name AS role_name,
              COALESCE((SELECT json_agg(json_build_object('id', cc.id, 'name', cc.name)) FROM template_category tc
                          JOIN credential_category cc ON cc.id = tc.category_id WHERE tc.template_id = t.id), '[]'::json) AS categories,
              COALESCE((SELECT json_agg(json_build_object('category', json_build_object('id', cc.id, 'name', cc.name), 'id', c.id, 'name', c.name)
                                 ORDER BY cc.position, c.position)
                          FROM template_required_credential rc JOIN credential c ON c.id = rc.credential_id
                          JOIN credential_category cc ON cc.id = c.category_id WHERE rc.template_id = t.id), '[]'::json) AS required,
              COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'is_default', false, 'staff_group_id', o.staff_group_id,
                                                          'job_role_id', o.job_role_id, 'employment_types', o.employment_types) ORDER BY o.name)
                          FROM credentials_required_template o
                         WHERE o.organisation_id = $2 AND o.staff_group_id = t.staff_group_id), '[]'::json) AS same_group
         FROM credentials_required_template t
         JOIN staff_group g ON g.id = t.staff_group_id
         LEFT JOIN job_role r ON r.id = t.job_role_id
        WHERE t.id = $1 AND (t.is_default OR t.organisation_id = $2)`,
      [variables.id, trust],
    );
    const me = { canChangeSettings: canChange(user) };
    if (!t) return { credentialsRequiredTemplate: null, me };
    const { inEffect, overriddenBy } = precedence(t, t.same_group);
    return {
      credentialsRequiredTemplate: {
        id: t.id,
        isDefault: t.is_default,
        name: t.name,
        categories: t.categories,
        employmentTypes: t.employment_types,
        inEffect,
        jobRole: t.job_role_id === null ? null : { name: t.role_name },
        overriddenBy: overriddenBy.map((o) => ({ id: o.id, name: o.name })),
        requiredCredentials: t.required,
        staffGroup: { code: t.group_code, name: t.group_name },
      },
      me,
    };
  },

  async StaffGroupJobRoles(user) {
    const { rows } = await pool.query(
      `SELECT g.id, g.code, g.name,
              COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'templates',
                          COALESCE((SELECT json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name)
                                      FROM credentials_required_template t
                                     WHERE t.organisation_id = $1 AND t.job_role_id = r.id), '[]'::json)) ORDER BY r.name)
                          FROM job_role r WHERE r.organisation_id = $1 AND r.staff_group_id = g.id), '[]'::json) AS job_roles
         FROM staff_group g ORDER BY g.code`,
      [user.organisation_id],
    );
    return {
      me: { canChangeSettings: canChange(user) },
      nameRule: { hint: NAME_RULE.hint },
      staffGroups: rows.map((g) => ({ id: g.id, jobRoles: g.job_roles, name: g.name, code: g.code })),
    };
  },

  async EffectiveTemplate(user, variables) {
    const { rows } = await pool.query(
      `WITH role AS (SELECT id, staff_group_id FROM job_role WHERE id = $3::uuid AND organisation_id = $1)
       SELECT t.id, t.name, t.is_default, m.matched_by,
              (SELECT json_agg(json_build_object('category', json_build_object('id', cc.id, 'name', cc.name), 'id', c.id, 'name', c.name)
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
    if (!row || !row.role_ok) throw Object.assign(new Error('No such staff group or job role'), { code: 'BAD_USER_INPUT' });
    return {
      effectiveTemplate: {
        matchedBy: row.matched_by,
        requiredCredentials: row.required ?? [],
        template: { id: row.id, isDefault: row.is_default, name: row.name },
      },
    };
  },
};

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The precedence of rule 1 (docs/domain.md) among one trust's templates, written again from the rule. */
function precedence(template, customByName) {
  if (template.job_role_id) return { inEffect: true, overriddenBy: [] };
  const sameGroup = customByName.filter((o) => o.staff_group_id === template.staff_group_id && o.id !== template.id);
  const sharesType = (o) => o.employment_types.some((type) => template.employment_types.includes(type));
  if (!template.is_default) return { inEffect: true, overriddenBy: sameGroup.filter((o) => o.job_role_id && sharesType(o)) };
  const covered = new Set(sameGroup.filter((o) => !o.job_role_id).flatMap((o) => o.employment_types));
  return { inEffect: EMPLOYMENT_TYPES.some((type) => !covered.has(type)), overriddenBy: sameGroup.filter(sharesType) };
}

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-sql-statements': String(statements.getStore()?.count ?? 0),
  });
  response.end(text);
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => statements.run({ count: 0 }, async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const operation = OPERATIONS[operationById.get(body.extensions?.persistedQuery?.sha256Hash)];
      if (!operation) return send(response, 400, { errors: [{ message: 'Unknown operation', extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND' } }] });
      const user = await caller(request.headers.authorization);
      if (!user) return send(response, 401, { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
      try {
        return send(response, 200, { data: await operation(user, body.variables ?? {}) });
      } catch (error) {
        if (error.code === 'BAD_USER_INPUT') return send(response, 200, { errors: [{ message: error.message, extensions: { code: error.code } }] });
        throw error;
      }
    } catch (error) {
      console.error(error);
      send(response, 500, { errors: [{ message: 'Internal server error' }] });
    }
  }));
});

server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
