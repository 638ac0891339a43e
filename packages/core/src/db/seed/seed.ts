import type { DataSource } from 'typeorm';
import type { JobEnqueuer } from '../../jobs/job-queues';
import { requestTemplateResolution, runTemplateResolution } from '../../templates/template-resolution.service';
import { DEMO_ODS_CODE, seedDemoTrust } from './demo-trust';
import { seedReferenceData } from './seed-reference-data';

/**
 * Reference data always; the demo trust unless `demo` is false. One transaction, idempotent. Then the
 * demo trust's stored template resolution, when its staff have none yet.
 */
export async function seed(dataSource: DataSource, options: { demo: boolean }): Promise<{ demoCreated: boolean }> {
  const result = await dataSource.transaction(async (manager) => {
    await seedReferenceData(manager);
    if (!options.demo) return { demoCreated: false };
    const { created } = await seedDemoTrust(manager);
    return { demoCreated: created };
  });
  if (options.demo) await resolveDemoTrust(dataSource);
  return result;
}

/** The seed runs its one resolution itself, before any worker is there to take a job. */
const resolvedHere: JobEnqueuer = {
  enqueueTemplateResolution: async () => 'run-by-the-seed',
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
  const run = await requestTemplateResolution(dataSource.manager, resolvedHere, unresolved.id, 'seed.demo-trust');
  await runTemplateResolution(dataSource, run.id);
}
