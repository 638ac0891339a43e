import { parseArgs } from 'node:util';
import { API_SCOPES, createApiClient, createDataSource, databaseConfigSchema, readConfig } from '@staff-passport/core';

const USAGE = `Usage: npm run api-client -- create --name "ESR feed" --ods RX1 --scope esr:write [--scope settings:read]
       npm run api-client -- create --name "National dashboard" --national --scope settings:read

Creates an API client and prints its key once. Scopes: ${API_SCOPES.join(', ')}.
A national client (--national) is bound to no trust and can only read national data.`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      ods: { type: 'string' },
      national: { type: 'boolean', default: false },
      scope: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals[0] !== 'create') {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (!values.name || (!values.ods && !values.national) || (values.ods && values.national)) {
    console.error('Give --name and exactly one of --ods CODE or --national.\n\n' + USAGE);
    process.exit(2);
  }
  const { DATABASE_URL } = readConfig(databaseConfigSchema);
  const dataSource = createDataSource({ url: DATABASE_URL, poolSize: 1 });
  await dataSource.initialize();
  try {
    const { client, apiKey } = await createApiClient(dataSource, {
      name: values.name,
      odsCode: values.national ? null : values.ods!,
      scopes: values.scope,
    });
    console.log(`Created API client ${client.name} (${client.id}) with scopes ${client.scopes.join(', ') || '(none)'}.`);
    console.log('Its key is shown only now; store it in a secret store:');
    console.log(apiKey);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
