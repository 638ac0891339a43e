// The worker's jobs arrive with the background-jobs issue; until then it only checks its settings.
import { databaseConfigSchema, readConfig } from '@staff-passport/core';

readConfig(databaseConfigSchema);
console.log('Staff Passport Settings worker: no jobs are registered yet.');
