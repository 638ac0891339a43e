import { databaseConfigSchema, readConfig } from '../common/config';
import { createDataSource, runMigrations } from './data-source';
import { ensureDatabaseExists } from './ensure-database';

/** `npm run migrate`: brings the database at DATABASE_URL up to date. */
async function main(): Promise<void> {
  const { DATABASE_URL } = readConfig(databaseConfigSchema);
  await ensureDatabaseExists(DATABASE_URL);
  const dataSource = createDataSource({ url: DATABASE_URL, poolSize: 1 });
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
