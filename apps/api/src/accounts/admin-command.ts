import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  BadUserInputError,
  createDataSource,
  databaseConfigSchema,
  inviteNationalAdministrator,
  LEFT_FOR_THE_RECOVERY_SWEEP,
  OPERATOR,
  readConfig,
} from '@staff-passport/core';

const USAGE = `Usage: npm run admin -- create-national --name "Nat National" --email nat.national@england.nhs.uk

Creates a National Administrator (NHS England's service team: registers, deactivates and reactivates
trusts) and prints a one-time invitation link, valid for 72 hours, to give them. Only its hash is stored.
They accept it in the portal, choose a password and set up an authenticator app.
PORTAL_URL (default http://localhost:3000) is the portal the link points at.`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals[0] !== 'create-national') {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (!values.name || !values.email) {
    console.error('Give --name and --email.\n\n' + USAGE);
    process.exit(2);
  }
  const { DATABASE_URL, PORTAL_URL } = readConfig(
    databaseConfigSchema.extend({ PORTAL_URL: z.url({ error: 'must be the portal’s address, e.g. https://passport.example.nhs.uk' }).default('http://localhost:3000') }),
  );
  const dataSource = createDataSource({ url: DATABASE_URL, poolSize: 1 });
  await dataSource.initialize();
  try {
    const invited = await inviteNationalAdministrator({ dataSource, jobs: LEFT_FOR_THE_RECOVERY_SWEEP }, OPERATOR, { name: values.name, email: values.email });
    const link = `${new URL('/accept-invitation', PORTAL_URL).toString()}?token=${encodeURIComponent(invited.token)}`;
    console.log(`Invited ${values.name} <${values.email.trim().toLowerCase()}> as a National Administrator.`);
    console.log(`Give them this link (it works once, until ${invited.expiresAt.toISOString()}; it is shown only now):`);
    console.log(link);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BadUserInputError ? `--${error.field}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
