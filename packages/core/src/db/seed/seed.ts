import type { DataSource, EntityManager } from 'typeorm';
import type { JobEnqueuer } from '../../jobs/job-queues';
import { requestTemplateResolution, runTemplateResolution } from '../../templates/template-resolution.service';
import { DEMO_ODS_CODE, seedDemoTrust } from './demo-trust';
import { seedReferenceData } from './seed-reference-data';

/**
 * Reference data always; the demo trust unless `demo` is false. One transaction, idempotent. Then the
 * stored template resolution: runs for every trust whose templates now require something else (a
 * release added a credential to a required category, say), and the demo trust's own when its staff
 * have none yet.
 */
export async function seed(
  dataSource: DataSource,
  options: { demo: boolean },
): Promise<{ demoCreated: boolean; resolutionRunsQueued: number }> {
  const { demoCreated, requirementsChangedFor } = await dataSource.transaction(async (manager) => {
    const trustsWithStaff: { id: string }[] = await manager.query(
      'SELECT o.id FROM organisation o WHERE EXISTS (SELECT 1 FROM staff_member s WHERE s.organisation_id = o.id)',
    );
    const before = await requirementsFingerprint(manager);
    await seedReferenceData(manager);
    const changed = (await requirementsFingerprint(manager)) !== before;
    const created = options.demo ? (await seedDemoTrust(manager)).created : false;
    return { demoCreated: created, requirementsChangedFor: changed ? trustsWithStaff.map((trust) => trust.id) : [] };
  });
  for (const organisationId of requirementsChangedFor) {
    await requestTemplateResolution(dataSource.manager, leftForTheWorker, organisationId, 'seed.reference-data');
  }
  if (options.demo) await resolveDemoTrust(dataSource);
  return { demoCreated, resolutionRunsQueued: requirementsChangedFor.length };
}

/** What every template requires, credential by credential, as one value that changes when any of it does. */
async function requirementsFingerprint(manager: EntityManager): Promise<string> {
  const [{ fingerprint }]: { fingerprint: string }[] = await manager.query(
    `SELECT md5(coalesce(string_agg(template_id::text || ':' || credential_id::text, ',' ORDER BY template_id, credential_id), ''))
            AS fingerprint
       FROM template_required_credential`,
  );
  return fingerprint;
}

/**
 * The seed has no queue of its own: its runs stay QUEUED in the database, and the worker's recovery
 * sweep enqueues them (as it does for any run whose enqueue failed).
 */
const leftForTheWorker: JobEnqueuer = {
  enqueueTemplateResolution: async () => 'left-for-the-worker',
  enqueueEsrCredentialUpdates: async () => {
    throw new Error('The seed queues no ESR updates');
  },
  enqueueSummaryEmails: async () => {
    throw new Error('The seed queues no summary emails');
  },
};

/**
 * The demo trust's staff arrive with the seed, not through the API, so nothing has asked for their
 * effective templates and missing credentials to be worked out: do it here (the same set-based run the
 * worker does), so outstanding actions, previews and summaries are right from the first start.
 */
async function resolveDemoTrust(dataSource: DataSource): Promise<void> {
  const [unresolved]: { id: string }[] = await dataSource.query(
    `SELECT o.id FROM organisation o
      WHERE o.ods_code = $1
        AND EXISTS (SELECT 1 FROM staff_member s
                     WHERE s.organisation_id = o.id
                       AND NOT EXISTS (SELECT 1 FROM staff_template_resolution r WHERE r.staff_member_id = s.id))`,
    [DEMO_ODS_CODE],
  );
  if (!unresolved) return;
  // recorded like any run, then run here at once rather than left for the worker
  const run = await requestTemplateResolution(dataSource.manager, leftForTheWorker, unresolved.id, 'seed.demo-trust');
  await runTemplateResolution(dataSource, run.id);
}
