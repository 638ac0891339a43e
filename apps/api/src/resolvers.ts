import { GraphQLScalarType, Kind } from 'graphql';
import { accountsResolvers } from './accounts/accounts.resolvers';
import { auditResolvers } from './audit/audit.resolvers';
import { authResolvers } from './auth/auth.resolvers';
import { credentialsResolvers } from './credentials/credentials.resolvers';
import type { Resolvers } from './generated/graphql';
import { jobRolesResolvers } from './job-roles/job-roles.resolvers';
import { notificationsResolvers } from './notifications/notifications.resolvers';
import { organisationResolvers } from './organisation/organisation.resolvers';
import { esrBatchesResolvers } from './staff/esr-batches.resolvers';
import { staffResolvers } from './staff/staff.resolvers';
import { summariesResolvers } from './summaries/summaries.resolvers';
import { summaryDispatchResolvers } from './summaries/summary-dispatch.resolvers';
import { templateReachResolvers } from './templates/template-reach.resolvers';
import { templateResolutionResolvers } from './templates/template-resolution.resolvers';
import { templatesResolvers } from './templates/templates.resolvers';
import { trustsResolvers } from './trusts/trusts.resolvers';

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 instant.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseInstant(ast.value) : null),
});

const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO 8601 calendar date.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => String(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : null),
});

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

function parseInstant(value: unknown): Date {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO 8601 instant');
  return date;
}

const features: Resolvers[] = [
  authResolvers,
  organisationResolvers,
  notificationsResolvers,
  credentialsResolvers,
  jobRolesResolvers,
  templatesResolvers,
  templateReachResolvers,
  templateResolutionResolvers,
  staffResolvers,
  esrBatchesResolvers,
  summariesResolvers,
  summaryDispatchResolvers,
  auditResolvers,
  accountsResolvers,
  trustsResolvers,
];

/**
 * Every feature's resolvers in one map. A type may get fields from several features (AuditEvent's
 * trust from trusts, its summary from audit), so each type's fields are merged, never replaced; a
 * field two features both resolve is a mistake, and stops the server at start.
 */
function mergeFeatures(all: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const feature of all) {
    for (const [typeName, fields] of Object.entries(feature)) {
      merged[typeName] ??= {};
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in merged[typeName]) throw new Error(`Two features resolve ${typeName}.${field}`);
        merged[typeName][field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = { DateTime, Date: DateScalar, JSON: JSONScalar, ...mergeFeatures(features) };
