// 1. Effective-template resolution (rules 1 and 2, stored): the worker's template-resolution job for
// every staff member of England against one hand-written SQL statement that computes the same stored
// results; then one trust after a template edit, through the API and the worker.
import core from '@staff-passport/core';
import { now, waitFor } from './lib.mjs';
import { portalBody, portalOperations } from './reads.mjs';

const { Outbox, recordTemplateResolutionRun, QueueName } = core;

/**
 * The hand-written baseline: rules 1 and 2 for the staff members `scope` selects, in one statement.
 * `guard`, when given, narrows the credential records read to the same people, as the service's
 * chunks do (`cr.staff_member_id = ANY(...)`), so both sides use the same index the same way.
 */
function baselineStatement(scope, guard = '') {
  return `
    WITH effective AS (
      SELECT s.id, s.organisation_id, s.employment_status, s.employment_type,
             COALESCE(by_role.template_id, by_group.template_id, d.id) AS template_id,
             CASE WHEN by_role.template_id IS NOT NULL THEN 'JOB_ROLE'
                  WHEN by_group.template_id IS NOT NULL THEN 'STAFF_GROUP' ELSE 'DEFAULT' END AS matched_by
        FROM staff_member s
        JOIN credentials_required_template d ON d.is_default AND d.staff_group_id = s.staff_group_id
        LEFT JOIN template_scope by_role
          ON by_role.organisation_id = s.organisation_id AND by_role.staff_group_id = s.staff_group_id
         AND by_role.job_role_id = s.job_role_id AND by_role.employment_type = s.employment_type
        LEFT JOIN template_scope by_group
          ON by_group.organisation_id = s.organisation_id AND by_group.staff_group_id = s.staff_group_id
         AND by_group.job_role_id IS NULL AND by_group.employment_type = s.employment_type
       WHERE ${scope}
    ), stored AS (
      INSERT INTO staff_template_resolution (staff_member_id, organisation_id, template_id, matched_by, resolved_at)
      SELECT id, organisation_id, template_id, matched_by, now() FROM effective
    )
    INSERT INTO staff_missing_credential (staff_member_id, credential_id, organisation_id, counts_as_action)
    SELECT e.id, t.credential_id, e.organisation_id, (e.employment_status = 'NEW_STARTER' OR e.employment_type = 'TEMPORARY_MOVER')
      FROM effective e
      JOIN template_required_credential t ON t.template_id = e.template_id
     WHERE NOT EXISTS (
       SELECT 1 FROM credential_record cr
        WHERE ${guard} cr.staff_member_id = e.id AND cr.credential_id = t.credential_id
          AND cr.status IN ('ISSUED', 'AWAITING_MANUAL_ISSUE'))`;
}

/** Order-free fingerprint of the stored results, to show the job and the baseline agree. */
async function fingerprint(client, where = 'true', params = []) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM staff_template_resolution r WHERE ${where.replaceAll('x.', 'r.')}) AS resolutions,
            (SELECT COALESCE(sum(hashtext(r.staff_member_id::text || r.template_id::text || r.matched_by)::bigint), 0)
               FROM staff_template_resolution r WHERE ${where.replaceAll('x.', 'r.')}) AS resolution_sum,
            (SELECT count(*) FROM staff_missing_credential m WHERE ${where.replaceAll('x.', 'm.')}) AS missing,
            (SELECT COALESCE(sum(hashtext(m.staff_member_id::text || m.credential_id::text || m.counts_as_action::text)::bigint), 0)
               FROM staff_missing_credential m WHERE ${where.replaceAll('x.', 'm.')}) AS missing_sum`,
    params,
  );
  return rows[0];
}

/** A minimal EntityManager for the core services that only send SQL (`manager.query`). */
export const managerFor = (client) => ({ query: async (sql, params) => (await client.query(sql, params)).rows });

export async function measureNationalResolution({ client, jobs, timeoutMs, budgetMs = Infinity, log }) {
  await client.query('TRUNCATE staff_template_resolution, staff_missing_credential');
  await client.query('CHECKPOINT');
  const baselineStart = now();
  await client.query(baselineStatement('true'));
  const baselineMs = now() - baselineStart;
  const expected = await fingerprint(client);
  log(`    baseline: one statement, ${(baselineMs / 1000).toFixed(1)} s, ${Number(expected.missing).toLocaleString('en-GB')} missing credentials stored`);

  await client.query('TRUNCATE staff_template_resolution, staff_missing_credential');
  await client.query('CHECKPOINT');
  const { rows: trusts } = await client.query('SELECT id FROM organisation ORDER BY ods_code');
  const manager = managerFor(client);
  const jobStart = now();
  const runIds = [];
  const outbox = new Outbox();
  for (const trust of trusts) {
    const run = await recordTemplateResolutionRun(manager, outbox, trust.id, 'bench: resolve every staff member');
    runIds.push(run.id);
  }
  await jobs.enqueue(outbox.jobs);
  // Bounded: past `budgetMs` the job's rate so far (staff stored per second) is extrapolated to
  // everyone, the runs not started are withdrawn, and the figure says so.
  let extrapolated = false;
  const finished = await waitFor('every trust’s template resolution run', async () => {
    const { rows } = await client.query(
      `SELECT count(*) FILTER (WHERE status = 'COMPLETED') AS completed, count(*) FILTER (WHERE status = 'FAILED') AS failed,
              COALESCE(sum(done), 0) AS done
         FROM template_resolution_run WHERE id = ANY($1::uuid[])`,
      [runIds],
    );
    if (Number(rows[0].failed) > 0) throw new Error(`${rows[0].failed} template resolution runs FAILED`);
    if (Number(rows[0].completed) === runIds.length) return rows[0];
    if (now() - jobStart > budgetMs && Number(rows[0].done) > 0) {
      extrapolated = true;
      return rows[0];
    }
    return null;
  }, { timeoutMs, intervalMs: 250 });
  let jobMs = now() - jobStart;
  if (extrapolated) {
    const { rows: [{ total }] } = await client.query('SELECT count(*)::int AS total FROM staff_member');
    log(`    job: budget of ${Math.round(budgetMs / 1000)} s reached with ${Number(finished.done).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} staff stored; extrapolating`);
    jobMs = (jobMs * total) / Number(finished.done);
    await withdrawRuns(client, jobs, runIds);
    const actual = await fingerprint(client);
    return { baselineMs, jobMs, staff: total, runs: runIds.length, agree: null, extrapolated: true, stored: Number(finished.done), missing: Number(actual.missing), expected, actual };
  }
  const actual = await fingerprint(client);
  const agree = ['resolutions', 'resolution_sum', 'missing', 'missing_sum'].every((key) => String(actual[key]) === String(expected[key]));
  log(`    job: ${runIds.length} runs, ${Number(finished.done).toLocaleString('en-GB')} staff, ${(jobMs / 1000).toFixed(1)} s; results ${agree ? 'agree' : 'DIFFER'}`);
  return { baselineMs, jobMs, staff: Number(finished.done), runs: runIds.length, agree, missing: Number(actual.missing), expected, actual };
}

/**
 * A Senior Portal Administrator of the largest trust edits its staff-group template (toggling one
 * credential); the API queues a run for the people it may affect; the worker recomputes them. Timed
 * from sending the mutation to the run's completion. Baseline: the same people recomputed by hand
 * (delete their stored results, then the one statement).
 */
export async function measureTemplateEdit({ client, apiUrl, token, odsCode, timeoutMs }) {
  const { rows: [template] } = await client.query(
    `SELECT t.id, t.name, t.staff_group_id, t.job_role_id, t.employment_types, t.organisation_id,
            ARRAY(SELECT credential_id FROM template_credential WHERE template_id = t.id) AS credential_ids,
            ARRAY(SELECT category_id FROM template_category WHERE template_id = t.id) AS category_ids
       FROM credentials_required_template t JOIN organisation o ON o.id = t.organisation_id
      WHERE o.ods_code = $1 AND t.job_role_id IS NULL AND NOT t.is_default
      ORDER BY t.name LIMIT 1`,
    [odsCode],
  );
  const { rows: [toggled] } = await client.query(`SELECT id FROM credential WHERE code = 'SAFEGUARDING_ADULTS_L2'`);
  const credentialIds = template.credential_ids.includes(toggled.id)
    ? template.credential_ids.filter((id) => id !== toggled.id)
    : [...template.credential_ids, toggled.id];
  const { rows: [{ trust_staff: trustStaff }] } = await client.query(
    'SELECT count(*)::int AS trust_staff FROM staff_member WHERE organisation_id = $1', [template.organisation_id]);

  const operations = portalOperations();
  const edit = async (ids) => {
    const started = now();
    const response = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(portalBody(operations, 'UpdateCredentialsRequiredTemplate', {
        input: {
          id: template.id, name: template.name, staffGroupId: template.staff_group_id, jobRoleId: null,
          employmentTypes: template.employment_types, credentialIds: ids, categoryIds: template.category_ids,
        },
      })),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`The template edit was refused: ${JSON.stringify(body.errors)}`);
    const mutationMs = now() - started;
    const runId = await waitFor('the template edit’s resolution run', async () => {
      const { rows } = await client.query(
        `SELECT id FROM template_resolution_run WHERE organisation_id = $1 AND reason = 'template.updated' AND requested_at >= now() - interval '1 minute'
          ORDER BY requested_at DESC LIMIT 1`,
        [template.organisation_id],
      );
      return rows[0]?.id;
    }, { timeoutMs, intervalMs: 10 });
    const run = await waitFor('the template edit’s resolution run to complete', async () => {
      const { rows: [latest] } = await client.query('SELECT id, status, done FROM template_resolution_run WHERE id = $1', [runId]);
      if (latest.status === 'FAILED') throw new Error('The template edit’s resolution run FAILED');
      return latest.status === 'COMPLETED' ? latest : null;
    }, { timeoutMs, intervalMs: 10 });
    return { mutationMs, jobMs: now() - started, run };
  };
  // an untimed edit first (the credential toggled), then the timed one (toggled back): both sides warm
  await edit(credentialIds);
  const { mutationMs, jobMs, run } = await edit(template.credential_ids);

  const scope = `s.organisation_id = '${template.organisation_id}' AND s.staff_group_id = '${template.staff_group_id}'`;
  const expected = await fingerprint(client, `x.staff_member_id IN (SELECT s.id FROM staff_member s WHERE ${scope})`);
  const recompute = async () => {
    const baselineStart = now();
    await client.query('BEGIN');
    // the same people as the job's run, by id, and the same guard on credential_record as its chunks
    const { rows: people } = await client.query(`SELECT s.id FROM staff_member s WHERE ${scope}`);
    const ids = `'{${people.map((p) => p.id).join(',')}}'::uuid[]`;
    await client.query(`DELETE FROM staff_template_resolution WHERE staff_member_id = ANY(${ids})`);
    await client.query(`DELETE FROM staff_missing_credential WHERE staff_member_id = ANY(${ids})`);
    await client.query(baselineStatement(`s.id = ANY(${ids})`, `cr.staff_member_id = ANY(${ids}) AND`));
    await client.query('COMMIT');
    return now() - baselineStart;
  };
  await recompute();
  const baselineMs = await recompute();
  const actual = await fingerprint(client, `x.staff_member_id IN (SELECT s.id FROM staff_member s WHERE ${scope})`);
  const agree = ['resolutions', 'resolution_sum', 'missing', 'missing_sum'].every((key) => String(actual[key]) === String(expected[key]));
  return { trustStaff, recomputed: Number(run.done), mutationMs, jobMs, baselineMs, agree, template: template.name };
}

/** Takes back the runs a bounded measurement did not wait for: queued jobs removed, runs marked FAILED. */
async function withdrawRuns(client, jobs, runIds) {
  const queue = jobs.queue(QueueName.TemplateResolution);
  const waiting = await queue.getJobs(['waiting', 'delayed', 'prioritized'], 0, 10_000);
  await Promise.all(waiting.filter((job) => runIds.includes(job.data.runId)).map((job) => job.remove().catch(() => undefined)));
  await client.query(
    `UPDATE template_resolution_run SET status = 'FAILED', error = 'bench: withdrawn after the time budget', finished_at = now()
      WHERE id = ANY($1::uuid[]) AND status = 'QUEUED'`,
    [runIds],
  );
}
