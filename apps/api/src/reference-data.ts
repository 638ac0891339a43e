import type { EntityManager } from 'typeorm';
import {
  listCatalogueCredentials,
  listCredentialCategories,
  listDefaultTemplates,
  listStaffGroups,
  type Credential,
  type CredentialCategory,
  type CredentialsRequiredTemplate,
  type StaffGroup,
} from '@staff-passport/core';

/** The national reference data as one process read it, and when. */
export interface ReferenceData {
  // Arrays as the resolvers' generated types want them; frozen at run time all the same.
  readonly staffGroups: StaffGroup[];
  readonly categories: CredentialCategory[];
  readonly credentials: Credential[];
  /** The national default templates (their requirements are read with the trust's templates). */
  readonly defaultTemplates: CredentialsRequiredTemplate[];
  /** Milliseconds since the epoch when the read started. */
  readonly readAt: number;
}

/**
 * Staff groups, the credential catalogue and the default templates are national, change only when
 * the seed runs (a release), and nearly every page shows them. An API process keeps one read of them
 * for up to `maxAgeMs`, so most requests send no statement for them; requests that arrive while a read
 * is under way share it, and a failed read is not kept. With `maxAgeMs` 0 every request reads afresh.
 *
 * The rows are shared by every request of the process, so they are frozen: a resolver that tried to
 * change one would fail loudly instead of leaking into other callers' answers.
 */
export class ReferenceDataCache {
  private current: Promise<ReferenceData> | null = null;
  private currentReadAt = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A read no older than `maxAgeMs`; with `maxAgeMs` 0, a new read for each caller. */
  get(): Promise<ReferenceData> {
    if (this.current && this.maxAgeMs > 0 && this.now() - this.currentReadAt < this.maxAgeMs) return this.current;
    return this.reload();
  }

  /** Reads everything again, now; callers of `get` share this read while it runs. */
  reload(): Promise<ReferenceData> {
    const readAt = this.now();
    const reading = this.read(readAt);
    this.current = reading;
    this.currentReadAt = readAt;
    reading.catch(() => {
      if (this.current === reading) this.current = null;
    });
    return reading;
  }

  private async read(readAt: number): Promise<ReferenceData> {
    const [staffGroups, categories, credentials, defaultTemplates] = await Promise.all([
      listStaffGroups(this.manager),
      listCredentialCategories(this.manager),
      listCatalogueCredentials(this.manager),
      listDefaultTemplates(this.manager),
    ]);
    return Object.freeze({
      staffGroups: frozen(staffGroups),
      categories: frozen(categories),
      credentials: frozen(credentials),
      defaultTemplates: frozen(defaultTemplates),
      readAt,
    });
  }
}

function frozen<T extends object>(rows: T[]): T[] {
  for (const row of rows) Object.freeze(row);
  Object.freeze(rows);
  return rows;
}

/**
 * One request's view of the reference data: read (or taken from the process's cache) at most once,
 * by whichever field needs it first, so the number of statements per request stays fixed. A lookup by
 * an id the view does not know means the data was seeded after the cached read (ids come from foreign
 * keys), so the view reads again, once per request, instead of answering with a missing row.
 */
export function referenceDataForRequest(cache: ReferenceDataCache, requestStartedAt: number) {
  let view: Promise<ReferenceData> | null = null;
  let reread = false;
  const current = () => (view ??= cache.get());

  async function findAll<T extends object>(pick: (data: ReferenceData) => T[], ids: readonly string[], keyOf: (row: T) => string) {
    let data = await current();
    let rows = new Map(pick(data).map((row) => [keyOf(row), row]));
    if (!reread && data.readAt < requestStartedAt && ids.some((id) => !rows.has(id))) {
      reread = true;
      data = await (view = cache.reload());
      rows = new Map(pick(data).map((row) => [keyOf(row), row]));
    }
    return ids.map((id) => rows.get(id));
  }
  const byId = <T extends { id: string }>(row: T) => row.id;

  return {
    staffGroups: async () => (await current()).staffGroups,
    categories: async () => (await current()).categories,
    credentials: async () => (await current()).credentials,
    staffGroupsById: (ids: readonly string[]) => findAll((data) => data.staffGroups, ids, byId),
    categoriesById: (ids: readonly string[]) => findAll((data) => data.categories, ids, byId),
    credentialsById: (ids: readonly string[]) => findAll((data) => data.credentials, ids, byId),
    // the seed makes a staff group and its default template together, so a miss here also means a newer seed
    defaultTemplatesByStaffGroup: (staffGroupIds: readonly string[]) =>
      findAll((data) => data.defaultTemplates, staffGroupIds, (template) => template.staffGroupId),
  };
}
