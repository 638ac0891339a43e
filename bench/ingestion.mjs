// 3. ESR update ingestion: updates sent as ESR feeds send them (recordEsrCredentialUpdates, an API
// client key with esr:write per trust, batches of at most 5000), applied by the worker, against one
// hand-written INSERT … ON CONFLICT of the same rows (rolled back, so the real run starts from the
// same records).
import core from '@staff-passport/core';
import { now, waitFor } from './lib.mjs';

const { createApiClient, createDataSource } = core;

export const BATCH_SIZE = 5000;
const IN_FLIGHT = 4;

/**
 * `total` updates for the largest trusts, two batches per trust, each (person, credential) at most
 * once, with a version newer than any sent before (so every update changes a record).
 */
export async function planUpdates(client, total, versionOffset = 0) {
  const batches = Math.ceil(total / BATCH_SIZE);
  const trustCount = Math.max(1, Math.ceil(batches / 2));
  const { rows: trusts } = await client.query(
    `SELECT o.id, o.ods_code, count(s.id)::int AS staff FROM organisation o JOIN staff_member s ON s.organisation_id = o.id
      GROUP BY o.id ORDER BY count(s.id) DESC, o.ods_code LIMIT $1`,
    [trustCount],
  );
  const { rows: credentials } = await client.query('SELECT code FROM credential ORDER BY code');
  const version = Math.floor((Date.now() - Date.UTC(2026, 0, 1)) / 1000) + versionOffset;
  const plan = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const trust = trusts[batch % trusts.length];
    const round = Math.floor(batch / trusts.length);
    const size = Math.min(BATCH_SIZE, total - batch * BATCH_SIZE);
    const { rows: staff } = await client.query(
      'SELECT esr_assignment_number FROM staff_member WHERE organisation_id = $1 ORDER BY esr_assignment_number',
      [trust.id],
    );
    const updates = [];
    for (let index = 0; index < size; index += 1) {
      const slot = round * BATCH_SIZE + index;
      const person = staff[slot % staff.length].esr_assignment_number;
      const credential = credentials[(slot * 7 + Math.floor(slot / staff.length)) % credentials.length].code;
      updates.push({ esrAssignmentNumber: person, credentialCode: credential, version });
    }
    plan.push({ odsCode: trust.ods_code, updates });
  }
  return { plan, trusts: trusts.map((trust) => trust.ods_code), version };
}

/** Removes the bench's ESR feed keys and the batches they sent. */
export async function removeApiKeys(client) {
  const sentByBench = `sent_by_id IN (SELECT id FROM api_client WHERE name LIKE 'Bench ESR feed %')`;
  await client.query(`DELETE FROM esr_credential_update WHERE id IN (SELECT unnest(update_ids) FROM esr_update_batch WHERE ${sentByBench})`);
  await client.query(`DELETE FROM esr_update_batch WHERE ${sentByBench}`);
  await client.query(`DELETE FROM api_client WHERE name LIKE 'Bench ESR feed %'`);
}

export async function apiKeysFor(url, odsCodes) {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'sps-bench-keys' });
  await dataSource.initialize();
  try {
    const keys = {};
    for (const odsCode of odsCodes) {
      keys[odsCode] = (await createApiClient(dataSource, { name: `Bench ESR feed ${odsCode}`, odsCode, scopes: ['esr:write'] })).apiKey;
    }
    return keys;
  } finally {
    await dataSource.destroy();
  }
}

/** The baseline: every update of the plan in one statement (rule 3 (docs/domain.md) included), rolled back. */
export async function measureBaseline(client, plan) {
  const rows = plan.flatMap((batch) => batch.updates.map((update) => ({ odsCode: batch.odsCode, ...update })));
  const started = now();
  await client.query('BEGIN');
  const result = await client.query(
    `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version, issued_at, issued_automatically)
     SELECT s.organisation_id, s.id, c.id,
            CASE WHEN COALESCE(a.enabled, false) THEN 'ISSUED' ELSE 'AWAITING_MANUAL_ISSUE' END,
            u.version, CASE WHEN COALESCE(a.enabled, false) THEN now() END, COALESCE(a.enabled, false)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS u(ods_code, esr_assignment_number, code, version)
       JOIN organisation o ON o.ods_code = u.ods_code
       JOIN staff_member s ON s.organisation_id = o.id AND s.esr_assignment_number = u.esr_assignment_number
       JOIN credential c ON c.code = u.code
       LEFT JOIN auto_issue_setting a ON a.organisation_id = s.organisation_id AND a.credential_id = c.id
     ON CONFLICT (staff_member_id, credential_id) DO UPDATE SET
       status = EXCLUDED.status, esr_version = EXCLUDED.esr_version, issued_at = EXCLUDED.issued_at,
       issued_automatically = EXCLUDED.issued_automatically, issued_by = NULL, updated_at = now()
     WHERE credential_record.esr_version < EXCLUDED.esr_version`,
    [rows.map((r) => r.odsCode), rows.map((r) => r.esrAssignmentNumber), rows.map((r) => r.credentialCode), rows.map((r) => r.version)],
  );
  const ms = now() - started;
  await client.query('ROLLBACK');
  return { ms, written: result.rowCount };
}

/** Sends the plan through the API (at most IN_FLIGHT batches at once) and waits for the worker. */
export async function measureIngestion({ client, apiUrl, keys, plan, timeoutMs }) {
  const started = now();
  const batchIds = [];
  let next = 0;
  const sender = async () => {
    while (next < plan.length) {
      const batch = plan[next];
      next += 1;
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[batch.odsCode]}` },
        body: JSON.stringify({
          query: `mutation ($input: RecordEsrCredentialUpdatesInput!) { recordEsrCredentialUpdates(input: $input) { id status received stored } }`,
          variables: { input: { updates: batch.updates } },
        }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(`recordEsrCredentialUpdates failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
      batchIds.push(body.data.recordEsrCredentialUpdates.id);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
  const acceptedMs = now() - started;
  const outcome = await waitFor('the worker to apply every ESR batch', async () => {
    const { rows } = await client.query(
      `SELECT count(*) FILTER (WHERE status = 'APPLIED') AS applied, count(*) FILTER (WHERE status = 'FAILED') AS failed,
              COALESCE(sum(issued), 0) AS issued, COALESCE(sum(awaiting_manual_issue), 0) AS awaiting, COALESCE(sum(stored), 0) AS stored
         FROM esr_update_batch WHERE id = ANY($1::uuid[])`,
      [batchIds],
    );
    if (Number(rows[0].failed) > 0) throw new Error(`${rows[0].failed} ESR batches FAILED`);
    return Number(rows[0].applied) === batchIds.length ? rows[0] : null;
  }, { timeoutMs, intervalMs: 100 });
  const appliedMs = now() - started;
  return {
    acceptedMs,
    appliedMs,
    batches: batchIds.length,
    stored: Number(outcome.stored),
    written: Number(outcome.issued) + Number(outcome.awaiting),
  };
}
