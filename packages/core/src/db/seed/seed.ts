import type { DataSource } from 'typeorm';
import { seedDemoTrust } from './demo-trust';
import { seedReferenceData } from './seed-reference-data';

/** Reference data always; the demo trust unless `demo` is false. One transaction, idempotent. */
export async function seed(dataSource: DataSource, options: { demo: boolean }): Promise<{ demoCreated: boolean }> {
  return dataSource.transaction(async (manager) => {
    await seedReferenceData(manager);
    if (!options.demo) return { demoCreated: false };
    const { created } = await seedDemoTrust(manager);
    return { demoCreated: created };
  });
}
