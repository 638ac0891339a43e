import { z } from 'zod';
import { mfaConfigSchema, mfaEncryptionKey } from '../../auth/mfa';
import { databaseConfigSchema, readConfig } from '../../common/config';
import { createDataSource, runMigrations } from '../data-source';
import { ensureDatabaseExists } from '../ensure-database';
import { DEMO_ODS_CODE, DEMO_USERS } from './demo-trust';
import { seed } from './seed';

/**
 * `npm run seed`: migrations, reference data and, only when SEED_DEMO=true, the demo trust with its
 * demo users, whose passwords are published: refused when NODE_ENV=production.
 */
async function main(): Promise<void> {
  const config = readConfig(
    databaseConfigSchema
      .extend({
        SEED_DEMO: z.enum(['true', 'false']).default('false'),
        NODE_ENV: z.string().optional(),
      })
      .refine((settings) => !(settings.SEED_DEMO === 'true' && settings.NODE_ENV === 'production'), {
        path: ['SEED_DEMO'],
        message: 'must not be true when NODE_ENV=production: the demo users have published passwords',
      }),
  );
  const demo = config.SEED_DEMO === 'true';
  if (demo && process.env.NODE_ENV === 'production') {
    throw new Error('The demo trust and its users (published passwords and TOTP secrets) are never seeded in production: set SEED_DEMO=false');
  }
  const mfaKey = demo ? mfaEncryptionKey(readConfig(mfaConfigSchema)) : undefined;
  await ensureDatabaseExists(config.DATABASE_URL);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: 1 });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    const { demoCreated, resolutionRunsQueued } = await seed(dataSource, { demo, mfaEncryptionKey: mfaKey });
    console.log('Reference data is up to date.');
    if (resolutionRunsQueued > 0) {
      console.log(`What templates require has changed: ${resolutionRunsQueued} trust(s) queued for template resolution (the worker picks them up).`);
    }
    if (demo) {
      console.log(demoCreated ? `Created the demo trust ${DEMO_ODS_CODE}.` : `The demo trust ${DEMO_ODS_CODE} already exists; left as it is.`);
      for (const user of DEMO_USERS) {
        const secondFactor = user.totpSecret ? `, TOTP secret ${user.totpSecret}` : ', no second factor';
        console.log(`  ${user.role}: ${user.username} / ${user.password}${secondFactor}`);
      }
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
