import { InitialSchema1764050000000 } from './1764050000000-initial-schema';
import { BackgroundJobs1764100000000 } from './1764100000000-background-jobs';
import { AuditEventKindIndex1764400000001 } from './1764400000001-audit-event-kind-index';

/** Every migration, oldest first. Add new ones at the end. */
export const MIGRATIONS = [InitialSchema1764050000000, BackgroundJobs1764100000000, AuditEventKindIndex1764400000001];
