import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  BadUserInputError,
  CONTACT_ROLES,
  createDataSource,
  databaseConfigSchema,
  JobQueues,
  jobsConfigSchema,
  OPERATOR,
  readConfig,
  registerTrust,
  TEAMS,
  type ContactRole,
  type RegisterTrustInput,
  type Team,
} from '@staff-passport/core';

const USAGE = `Usage: npm run trust -- register --ods RJ1 --name "Example NHS Foundation Trust" \\
         --admin-name "Alex Admin" --admin-email alex.admin@example.nhs.uk \\
         (--file registration.json | --contact "ROLE=Name|email|phone" ... [--summary-address TEAM=email ...])

Registers a trust (as a National Administrator does in the portal) and invites its first Senior Portal
Administrator by email (the worker sends it). Its Organisation details start as given: every contact
role once (${CONTACT_ROLES.join(', ')};
SENIOR_PORTAL_ADMINISTRATOR may be left out). Each team's weekly summary starts on, sent to
--summary-address TEAM=email (${TEAMS.join(', ')}) or else to the team contact's email address.
--file takes the same as the GraphQL RegisterTrustInput, as JSON; flags given override it.`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      ods: { type: 'string' },
      name: { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-email': { type: 'string' },
      file: { type: 'string' },
      contact: { type: 'string', multiple: true, default: [] },
      'summary-address': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals[0] !== 'register') {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const fromFile: Partial<RegisterTrustInput> = values.file ? JSON.parse(readFileSync(values.file, 'utf8')) : {};
  const input: RegisterTrustInput = {
    odsCode: values.ods ?? fromFile.odsCode ?? '',
    name: values.name ?? fromFile.name ?? '',
    contacts: [...(fromFile.contacts ?? []), ...values.contact.map(parseContact)],
    summaryAddresses: [...(fromFile.summaryAddresses ?? []), ...values['summary-address'].map(parseSummaryAddress)],
    firstSeniorAdministrator: {
      name: values['admin-name'] ?? fromFile.firstSeniorAdministrator?.name ?? '',
      email: values['admin-email'] ?? fromFile.firstSeniorAdministrator?.email ?? '',
    },
  };
  const { DATABASE_URL } = readConfig(databaseConfigSchema);
  const { REDIS_URL, QUEUE_PREFIX } = readConfig(jobsConfigSchema);
  const dataSource = createDataSource({ url: DATABASE_URL, poolSize: 1 });
  await dataSource.initialize();
  // The invitation email is queued at once when Redis answers; otherwise the worker's recovery sweep sends it.
  const jobs = new JobQueues({ connection: REDIS_URL, prefix: QUEUE_PREFIX, log: (message) => console.error(message) });
  try {
    const trust = await registerTrust({ dataSource, jobs, log: (message) => console.error(message) }, OPERATOR, input);
    console.log(`Registered ${trust.name} (${trust.odsCode}), id ${trust.id}.`);
    console.log(`An invitation is on its way to ${input.firstSeniorAdministrator.email.trim().toLowerCase()} (the worker sends it; the link works for 72 hours).`);
  } finally {
    await jobs.close();
    await dataSource.destroy();
  }
}

/** `ROLE=Name|email|phone`, email or phone may be empty. */
function parseContact(value: string): RegisterTrustInput['contacts'][number] {
  const match = /^([A-Z_]+)=([^|]*)(?:\|([^|]*))?(?:\|([^|]*))?$/.exec(value);
  if (!match) throw new Error(`--contact ${value}: write it as ROLE=Name|email|phone, e.g. "HR_TEAM=HR team|hr@example.nhs.uk|"`);
  return { role: match[1] as ContactRole, name: match[2], email: match[3] || null, phone: match[4] || null };
}

function parseSummaryAddress(value: string): { team: Team; email: string } {
  const [team, email] = value.split('=');
  if (!TEAMS.includes(team as Team) || !email) throw new Error(`--summary-address ${value}: write it as TEAM=email, TEAM one of ${TEAMS.join(', ')}`);
  return { team: team as Team, email };
}

main().catch((error: unknown) => {
  console.error(error instanceof BadUserInputError ? `${error.field}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
