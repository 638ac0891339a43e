import { randomUUID } from 'node:crypto';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import { MAX_PAGE_SIZE, type PortalRole } from '@staff-passport/core';
import { aTrust, createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { startTestApi, type TestApi } from '../../apps/api/src/testing/test-api';

const SCALAR_SAMPLES: Record<string, unknown> = { String: 'Example text', Int: 1, Boolean: true, Date: '2026-04-01', DateTime: '2026-04-01T09:00:00Z' };

/**
 * A value of the input type in the shape the API accepts (what it means is for the services to judge):
 * every field filled in, one item per list, the first value of each enum, and pages as large as the
 * API allows.
 */
export function sampleInput(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleInput(nullable.ofType)];
  if (isInputObjectType(nullable)) {
    if (nullable.name === 'PageInput') return { offset: 0, limit: MAX_PAGE_SIZE };
    return Object.fromEntries(Object.values(nullable.getFields()).map((field) => [field.name, sampleInput(field.type)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  const scalar = getNamedType(nullable).name;
  if (scalar === 'ID') return randomUUID();
  if (!(scalar in SCALAR_SAMPLES)) throw new Error(`No sample for the scalar ${scalar}`);
  return SCALAR_SAMPLES[scalar];
}

export interface SignedInApi {
  db: TestDatabase;
  api: TestApi;
  trustId: string;
  /** The session token of a portal user of the trust. */
  token: string;
}

/** A suite's own database and API, with a trust and one of its portal users signed in. */
export async function signedInApi(label: string, role: PortalRole): Promise<SignedInApi> {
  const db = await createTestDatabase(label);
  const api = await startTestApi(db);
  const trustId = (await aTrust(db.dataSource)).id;
  return { db, api, trustId, token: await api.signedInUser(trustId, role) };
}
