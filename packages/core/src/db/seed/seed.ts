import type { DataSource, EntityManager } from 'typeorm';
import { mfaEncryptionKey } from '../../auth/mfa';
import { LEFT_FOR_THE_RECOVERY_SWEEP, runCommand } from '../../jobs/outbox';
import { recordTemplateResolutionRun, runTemplateResolution } from '../../templates/template-resolution.service';
import { DEMO_ODS_CODE, seedDemoTrust } from './demo-trust';
import { seedReferenceData } from './seed-reference-data';

/**
 * Reference data always; the demo trust unless `demo` is false. One transaction, idempotent, which also
 * records a template resolution run for every trust whose templates now require something else (a
 * release added a credential to a required category, say). The seed has no queue of its own: those runs
 * stay QUEUED in the database for the worker's recovery sweep to enqueue. Then the demo trust's own
 * resolution, when its staff have none yet.
 */
export async function seed(
  dataSource: DataSource,
  options: {
    demo: boolean;
    /** Encrypts the demo users' published TOTP secrets. @defaultValue the development key */
    mfaEncryptionKey?: Buffer;
  },
): Promise<{ demoCreated: boolean; resolutionRunsQueued: number }> {
  const context = { dataSource, jobs: LEFT_FOR_THE_RECOVERY_SWEEP };
  const { demoCreated, requirementsChangedFor } = await runCommand(context, async (manager, outbox) => {
    const trustsWithStaff: { id: string }[] = await manager.query(
      'SELECT o.id FROM organisation o WHERE EXISTS (SELECT 1 FROM staff_member s WHERE s.organisation_id = o.id)',
    );
    const before = await requirementsFingerprint(manager);
    await seedReferenceData(manager);
    const changed = (await requirementsFingerprint(manager)) !== before;
    const created = options.demo ? (await seedDemoTrust(manager, options.mfaEncryptionKey ?? mfaEncryptionKey({}))).created : false;
    const requirementsChangedFor = changed ? trustsWithStaff.map((trust) => trust.id) : [];
    for (const organisationId of requirementsChangedFor) {
      await recordTemplateResolutionRun(manager, outbox, organisationId, 'seed.reference-data');
    }
    return { demoCreated: created, requirementsChangedFor };
  });
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
  const run = await runCommand({ dataSource, jobs: LEFT_FOR_THE_RECOVERY_SWEEP }, (manager, outbox) =>
    recordTemplateResolutionRun(manager, outbox, unresolved.id, 'seed.demo-trust'),
  );
  await runTemplateResolution(dataSource, run.id);
}
