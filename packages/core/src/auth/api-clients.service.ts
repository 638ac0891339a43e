import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { API_SCOPES, type Actor, type ApiScope } from '../common/actor';
import { ApiClient } from './api-client.entity';
import { hashSecret, randomSecret, secretMatches } from './secrets';

/** API keys look like `sps_<key id>_<secret>`; the key id finds the client, the secret proves it. */
const KEY_PATTERN = /^sps_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function isApiKey(token: string): boolean {
  return token.startsWith('sps_');
}

export interface NewApiClient {
  client: ApiClient;
  /** Shown once; only its hash is stored. */
  apiKey: string;
}

/**
 * Registers an API client. A client bound to no trust (national) can only read national data,
 * whatever scopes it holds.
 */
export async function createApiClient(
  dataSource: DataSource,
  input: { name: string; odsCode: string | null; scopes: readonly string[] },
): Promise<NewApiClient> {
  const unknown = input.scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
  if (unknown.length) throw new Error(`Unknown scope ${unknown.join(', ')}: use ${API_SCOPES.join(', ')}`);
  if (!input.name.trim()) throw new Error('Give the client a name, e.g. "ESR feed"');
  let organisationId: string | null = null;
  if (input.odsCode) {
    const [organisation]: { id: string }[] = await dataSource.query(
      'SELECT id FROM organisation WHERE ods_code = $1',
      [input.odsCode.toUpperCase()],
    );
    if (!organisation) throw new Error(`No organisation with ODS code ${input.odsCode}`);
    organisationId = organisation.id;
  }
  const keyIdHex = randomBytes(8).toString('hex');
  const secret = randomSecret();
  const client = await dataSource.manager.save(
    dataSource.manager.create(ApiClient, {
      name: input.name.trim(),
      organisationId,
      keyId: keyIdHex,
      secretHash: hashSecret(secret),
      scopes: [...new Set(input.scopes)] as ApiScope[],
    }),
  );
  return { client, apiKey: `sps_${keyIdHex}_${secret}` };
}

/** The actor behind an API key, or null when the key is malformed, unknown, wrong or revoked, or its trust deactivated. */
export async function actorForApiKey(
  manager: EntityManager,
  apiKey: string,
): Promise<(Actor & { kind: 'API_CLIENT' }) | null> {
  const match = KEY_PATTERN.exec(apiKey);
  if (!match) return null;
  // Rule 7 (docs/domain.md): a deactivated trust's keys stop at once.
  const [client]: { id: string; name: string; organisation_id: string | null; secret_hash: string; scopes: ApiScope[] }[] = await manager.query(
    `SELECT c.id, c.name, c.organisation_id, c.secret_hash, c.scopes
       FROM api_client c LEFT JOIN organisation o ON o.id = c.organisation_id
      WHERE c.key_id = $1 AND c.revoked_at IS NULL AND (c.organisation_id IS NULL OR o.status = 'ACTIVE')`,
    [match[1]],
  );
  if (!client || !secretMatches(match[2], client.secret_hash)) return null;
  return {
    kind: 'API_CLIENT',
    id: client.id,
    name: client.name,
    organisationId: client.organisation_id,
    scopes: client.scopes,
  };
}
