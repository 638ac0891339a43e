import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  /** A postgres:// URL. */
  url: string;
  /** Connections in the pool. @defaultValue 10 */
  poolSize?: number;
  /** Receives every query when given (used to count statements in tests). */
  logger?: Logger;
  applicationName?: string;
}

/** The one way every process builds its DataSource: same entities, same migrations, no synchronize. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'staff-passport-settings',
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
  });
}

/** Applies every pending migration inside one transaction. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  return applied.map((migration) => migration.name);
}
