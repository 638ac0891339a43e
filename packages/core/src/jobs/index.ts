export * from './queue-names';
export * from './job-queues';
export * from './esr-credential-updates.job';
export * from './template-resolution.job';
export * from './weekly-summary.job';
export * from './summary-email.job';
export * from './jobs-config';
