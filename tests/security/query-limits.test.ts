import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  Kind,
  parse,
  print,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '@staff-passport/core';
import type { TestDatabase } from '@staff-passport/core/testing';
import * as portal from '../../apps/web/src/gql/graphql';
import { API_GUIDE_EXAMPLES } from '../../apps/api/src/testing/api-guide';
import { startTestApi, type TestApi } from '../../apps/api/src/testing/test-api';
import { DEFAULT_QUERY_LIMITS, limitParseOptions, limitValidationRules, queryCost, type QueryLimits } from '../../apps/api/src/query-limits';
import { loadTypeDefs } from '../../apps/api/src/server';
import { sampleInput, signedInApi } from './support';

/**
 * An attacker with a read-only key sends one query that asks for everything many times over. The
 * limits refuse it, with GRAPHQL_VALIDATION_FAILED and the limit it broke, before a single SQL
 * statement runs; and every query the portal and the API guide send stays under half of each limit.
 */

const schema = buildSchema(loadTypeDefs());

function sampleVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, sampleInput(typeFromAST(schema, definition.type as never) as GraphQLInputType)]),
  );
}

const portalDocuments = Object.entries(portal)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => [name, print(document as DocumentNode), sampleVariables(document as DocumentNode)] as const);

const guideDocuments = API_GUIDE_EXAMPLES.map((example) => {
  const document = parse(example.document);
  const variables = Object.fromEntries(Object.entries(example.variables ?? {}).map(([name, value]) => [name, value.startsWith('<') ? randomUUID() : value]));
  return [`docs/api.md ${example.document.match(/(?:query|mutation) (\w+)/)?.[1]}`, example.document, { ...sampleVariables(document), ...variables }] as const;
});

const half: QueryLimits = {
  maxDepth: DEFAULT_QUERY_LIMITS.maxDepth / 2,
  maxAliases: DEFAULT_QUERY_LIMITS.maxAliases / 2,
  maxTokens: DEFAULT_QUERY_LIMITS.maxTokens / 2,
  maxCost: DEFAULT_QUERY_LIMITS.maxCost / 2,
  maxExecutionMs: DEFAULT_QUERY_LIMITS.maxExecutionMs / 2,
};

describe('what the portal and the API guide send', () => {
  it('finds every portal operation and every example of the guide', () => {
    expect(portalDocuments.length).toBeGreaterThanOrEqual(27);
    expect(guideDocuments.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...portalDocuments, ...guideDocuments])('%s stays under half of every limit', (_, source, variables) => {
    const document = parse(source, limitParseOptions(half));
    expect(validate(schema, document, limitValidationRules(half))).toEqual([]);
    expect(queryCost(schema, document, variables)).toBeLessThan(half.maxCost);
  });
});

let db: TestDatabase;
let api: TestApi;
let reader: string;

beforeAll(async () => {
  ({ db, api, token: reader } = await signedInApi('querylimits', 'PORTAL_ADMINISTRATOR'));
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

/** Sends the query as the read-only caller and returns what comes back and how many SQL statements it cost. */
async function attack(target: TestApi, query: string, variables?: Record<string, unknown>) {
  db.queryCounter.reset();
  const response = await target.request(query, variables, reader);
  return { ...response, statements: db.queryCounter.statements };
}

const staffWithEverything = `staffMembers(page: { limit: 200 }) {
  nodes {
    id name email esrAssignmentNumber employmentType employmentStatus startDate
    staffGroup { code name } jobRole { name }
    credentialRecords { id status esrVersion issuedAt issuedAutomatically issuedBy updatedAt credential { code name team } }
    templateResolution { matchedBy resolvedAt template { name } missingCredentials { code name team category { name } } }
  }
}`;
const aliasBomb = `{ ${Array.from({ length: 200 }, (_, index) => `s${index}: ${staffWithEverything}`).join('\n')} }`;

describe('the alias and page-size bomb', () => {
  it('is refused before any SQL runs', async () => {
    expect(aliasBomb.length).toBeGreaterThan(50_000);
    const response = await attack(api, aliasBomb);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      {
        message: `Query refused: it has more than ${DEFAULT_QUERY_LIMITS.maxTokens} tokens, the limit. Ask for fewer fields or send fewer aliases.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect(response.statements).toBe(0);
  });

  it('is refused by the alias limit and by its cost alone, were the token limit raised', async () => {
    const lenient = await startTestApi(db, { limits: { maxTokens: 1_000_000 } });
    try {
      const byAliases = await attack(lenient, aliasBomb);
      expect(byAliases.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['GRAPHQL_VALIDATION_FAILED', `Syntax Error: Aliases limit of ${DEFAULT_QUERY_LIMITS.maxAliases} exceeded, found 200.`],
      ]);
      expect(byAliases.statements).toBe(0);

      const tenAliases = `{ ${Array.from({ length: 10 }, (_, index) => `s${index}: ${staffWithEverything}`).join('\n')} }`;
      const byCost = await attack(lenient, tenAliases);
      expect(byCost.status).toBe(400);
      expect(byCost.errors).toHaveLength(1);
      expect(byCost.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(byCost.errors?.[0].message).toMatch(new RegExp(`^Query refused: its cost is \\d+, more than the limit of ${DEFAULT_QUERY_LIMITS.maxCost}\\.`));
      expect(byCost.statements).toBe(0);
    } finally {
      await lenient.close();
    }
  });
});

describe('the cost', () => {
  const staffPage = `query StaffPage($page: PageInput) { ${staffWithEverything.replace('page: { limit: 200 }', 'page: $page')} }`;

  it('multiplies by the page size the variables ask for: the same query is answered for a small page and refused for a large one', async () => {
    const small = await attack(api, staffPage, { page: { limit: 5 } });
    expect(small.errors).toBeUndefined();
    expect(small.data).toEqual({ staffMembers: { nodes: [] } });

    const cost = queryCost(schema, parse(staffPage), { page: { limit: MAX_PAGE_SIZE } });
    expect(cost).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    const large = await attack(api, staffPage, { page: { limit: MAX_PAGE_SIZE } });
    expect(large.statements).toBe(0);
    expect(large.errors).toEqual([
      {
        message: `Query refused: its cost is ${cost}, more than the limit of ${DEFAULT_QUERY_LIMITS.maxCost}. Every field counts once per item of the lists above it (a page counts as many items as its limit): ask for smaller pages or fewer fields.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('counts the lists that take no page by their size, e.g. the catalogue inside every template', async () => {
    const one = queryCost(schema, parse('{ credentialCatalogue { id } }'), {});
    const nested = queryCost(schema, parse('{ credentialCatalogue { id credentials { id } } }'), {});
    expect(one).toBe(1 + 10 * 1);
    expect(nested).toBe(1 + 10 * (1 + 1 + 25 * 1));
  });
});

describe('aliases and tokens', () => {
  it('refuses 1,000 aliases of organisation before any SQL runs', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, index) => `o${index}: organisation { name }`).join(' ')} }`;
    const response = await attack(api, query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/more than 1000 tokens/);
    expect(response.statements).toBe(0);
  });

  it('refuses 16 aliases of organisation: the alias limit is 15', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, index) => `o${index}: organisation { name }`).join(' ')} }`;
    const response = await attack(api, query);
    expect(response.errors).toEqual([{ message: 'Syntax Error: Aliases limit of 15 exceeded, found 16.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect(response.statements).toBe(0);
  });

  it('refuses a query of many tokens, even without aliases', async () => {
    const query = `{ me { ${'displayName '.repeat(1000)} } }`;
    const response = await attack(api, query);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0].message).toContain(`more than ${DEFAULT_QUERY_LIMITS.maxTokens} tokens`);
    expect(response.statements).toBe(0);
  });
});

describe('field suggestions', () => {
  const misspelt = '{ organisaton { name } }';
  const badTeam = 'mutation ($team: Team!) { sendSummaryNow(team: $team) { id } }';

  it('are given outside production, to help people writing queries', async () => {
    const response = await attack(api, misspelt);
    expect(response.errors?.[0].message).toBe('Cannot query field "organisaton" on type "Query". Did you mean "organisation"?');
    const team = await attack(api, badTeam, { team: 'H_R' });
    expect(team.errors?.[0].message).toMatch(/Did you mean the enum value "HR"\?/);
  });

  it('are left out in production, where they would spell out the schema to someone guessing at it', async () => {
    const production = await startTestApi(db, { nodeEnv: 'production' });
    try {
      const response = await attack(production, misspelt);
      expect(response.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
        { message: 'Cannot query field "organisaton" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      ]);
      const team = await attack(production, badTeam, { team: 'H_R' });
      expect(team.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(team.errors?.[0].message).not.toMatch(/Did you mean|"HR"/);
      const introspection = await attack(production, '{ __schema { types { name } } }');
      expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
    }
  });
});

describe('the time budget', () => {
  it('stops an operation that runs past it and answers with that one error', async () => {
    const budget = 200;
    const slow = await startTestApi(db, { limits: { maxExecutionMs: budget } });
    const locker = db.dataSource.createQueryRunner();
    try {
      // The contacts are locked by another transaction: the query waits on them past its budget.
      await locker.startTransaction();
      await locker.query('LOCK TABLE contact IN ACCESS EXCLUSIVE MODE');
      const answer = slow.request('{ organisation { name contacts { name email } } }', undefined, reader);
      await waitUntil(async () => {
        const [{ waiting }] = await db.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return waiting > 0;
      });
      await new Promise((resolve) => setTimeout(resolve, budget + 100));
      await locker.commitTransaction();
      const response = await answer;
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        {
          message: `The query ran for longer than the limit of ${budget} ms and was stopped. Ask for smaller pages or fewer fields, or try again later.`,
          extensions: { code: 'QUERY_TIME_LIMIT_EXCEEDED' },
        },
      ]);
    } finally {
      if (locker.isTransactionActive) await locker.rollbackTransaction();
      await locker.release();
      await slow.close();
    }
  });
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The condition was never met');
}
