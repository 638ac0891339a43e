import type { Loaders } from '../loaders';

/** Catalogue credentials by id, in the order given (ids come from foreign keys, so all exist). */
export async function credentialsInOrder(loaders: Loaders, ids: readonly string[]) {
  const credentials = await loaders.credential.loadMany(ids);
  return credentials.filter((credential) => credential && !(credential instanceof Error)) as NonNullable<
    Awaited<ReturnType<typeof loaders.credential.load>>
  >[];
}
