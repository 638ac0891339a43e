import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '@staff-passport/core';

/** How much one operation may ask of the API. Each is refused before anything runs; see docs/api.md. */
export interface QueryLimits {
  /** Deepest nesting of fields (GRAPHQL_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in the operation, fragments included (GRAPHQL_MAX_ALIASES). */
  maxAliases: number;
  /** Lexical tokens in the document (GRAPHQL_MAX_TOKENS). */
  maxTokens: number;
  /** Cost: every field counts 1, times the page size or list length above it (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** How long execution may run before the rest of the operation is refused (GRAPHQL_MAX_EXECUTION_MS). */
  maxExecutionMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 1000,
  maxCost: 50_000,
  maxExecutionMs: 10_000,
};

/**
 * The most items a list that takes no `page` can hold, as the cost counts it. Reference data (staff
 * groups, the catalogue) and a trust's own settings (job roles, contacts) are bounded in practice; a
 * list missing here counts as LIST_SIZE_UNKNOWN items.
 */
const LIST_SIZES: Record<string, number> = {
  'Query.credentialCatalogue': 10,
  'Query.staffGroups': 10,
  'Query.outstandingActions': 3,
  'Organisation.contacts': 10,
  'Organisation.notificationSettings': 3,
  'CredentialCategory.credentials': 25,
  'SetAutoIssuePayload.catalogue': 10,
  'StaffGroup.jobRoles': 50,
  'JobRole.templates': 10,
  'CredentialsRequiredTemplate.credentials': 50,
  'CredentialsRequiredTemplate.categories': 10,
  'CredentialsRequiredTemplate.requiredCredentials': 50,
  'CredentialsRequiredTemplate.overriddenBy': 10,
  'DeleteCredentialsRequiredTemplatePayload.nowInEffect': 10,
  'EffectiveTemplate.requiredCredentials': 50,
  'TemplateResolutionStatus.runs': 10,
  'StaffMember.credentialRecords': 50,
  'StaffTemplateResolution.missingCredentials': 50,
  // MAX_AUDIT_CHANGES in packages/core/src/audit/audit-descriptions.ts
  'AuditEvent.changes': 20,
};
const LIST_SIZE_UNKNOWN = 50;

/** A field that takes `page: PageInput` returns a page whose size is the page's limit (the largest when omitted). */
function pageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  if (!field.args.some((arg) => arg.name === 'page' && getNamedType(arg.type).name === 'PageInput')) return null;
  const limit = (args.page as { limit?: unknown } | undefined)?.limit;
  // an out-of-range limit is refused by the resolver; costed at the largest page until then
  return typeof limit === 'number' && limit >= 1 && limit <= MAX_PAGE_SIZE ? limit : MAX_PAGE_SIZE;
}

/** A page type's `nodes` are counted by the field that returned the page, with its limit. */
function isPageNodes(type: { name: string }, field: GraphQLField<unknown, unknown>): boolean {
  return field.name === 'nodes' && type.name.endsWith('Page');
}

function listLength(typeName: string, field: GraphQLField<unknown, unknown>): number {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isListType(type)) return 1;
  return LIST_SIZES[`${typeName}.${field.name}`] ?? LIST_SIZE_UNKNOWN;
}

/** Each field costs 1, and what it selects costs once per item it can return. */
const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (childComplexity === 0) return 1;
  const items = pageSize(field, args) ?? (isPageNodes(type, field) ? 1 : listLength(type.name, field));
  return 1 + items * childComplexity;
};

/** The cost of the operation with these variables; throws a GraphQLError when the variables do not fit the operation. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] });
}

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/** graphql-armor throws by default; reported through the validation context instead, a refused query gets GRAPHQL_VALIDATION_FAILED. */
const reportAsValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** The limits that depend on the document alone (Apollo runs them once per document and caches the result). */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reportAsValidationError }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAsValidationError }),
  ];
}

/** graphql-js counts the tokens while it parses, and stops at the limit. */
export function limitParseOptions(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ (\d+) tokens/;

/** graphql-js reports the token limit as a syntax error; callers get it as the refusal it is. */
export function tokenLimitRefusal(message: string): string | null {
  const limit = TOKEN_LIMIT.exec(message)?.[1];
  return limit ? `Query refused: it has more than ${limit} tokens, the limit. Ask for fewer fields or send fewer aliases.` : null;
}

/** What the checks made once the operation is known are given. */
export interface ResolvedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

/** Refuses an operation whose cost, with the page sizes its variables ask for, is over the limit. */
export function checkQueryCost(limits: QueryLimits, { schema, document, variables, operationName }: ResolvedOperation): void {
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw refused('Query refused: it repeats its fragments too many times. Ask for each field once.');
    }
    // Variables that do not fit the operation: execution refuses them with graphql-js's own message.
    return;
  }
  if (cost > limits.maxCost) {
    throw refused(
      `Query refused: its cost is ${cost}, more than the limit of ${limits.maxCost}. Every field counts once per item of the ` +
        'lists above it (a page counts as many items as its limit): ask for smaller pages or fewer fields.',
    );
  }
}

/** The code of an operation stopped by the time budget. */
export const TIME_LIMIT_CODE = 'QUERY_TIME_LIMIT_EXCEEDED';

/**
 * The time budget of execution: past it, every field not yet started is refused (work already sent to
 * the database finishes, bounded by its statement timeout), and the answer is that one error.
 */
export function timeBudgetPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let timeLimitError: GraphQLError | null = null;
      return {
        async executionDidStart() {
          const deadline = Date.now() + limits.maxExecutionMs;
          return {
            willResolveField() {
              if (Date.now() <= deadline) return;
              timeLimitError ??= new GraphQLError(
                `The query ran for longer than the limit of ${limits.maxExecutionMs} ms and was stopped. Ask for smaller pages or fewer fields, or try again later.`,
                { extensions: { code: TIME_LIMIT_CODE } },
              );
              throw timeLimitError;
            },
          };
        },
        async willSendResponse({ response }) {
          if (!timeLimitError || response.body.kind !== 'single') return;
          response.body.singleResult = { data: null, errors: [{ message: timeLimitError.message, extensions: { code: TIME_LIMIT_CODE } }] };
        },
      };
    },
  };
}
