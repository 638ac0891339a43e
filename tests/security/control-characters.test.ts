import {
  buildSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { BadUserInputError, contactsByOrganisation, requiredText, updateOrganisationContact, validEmail, validPhone } from '@staff-passport/core';
import { aPortalUser, type TestDatabase } from '@staff-passport/core/testing';
import { loadTypeDefs } from '../../apps/api/src/server';
import type { TestApi } from '../../apps/api/src/testing/test-api';
import { sampleInput, signedInApi } from './support';

/**
 * An attacker puts NUL (which PostgreSQL refuses) or another control character into text the API
 * takes. Every text input of every operation, found by walking the schema so that a new field is
 * covered without a change here, is refused with BAD_USER_INPUT naming the field, and nothing is read
 * or written.
 */

const schema = buildSchema(loadTypeDefs());
const TEXT_SCALARS = new Set(['String', 'ID', 'Date', 'DateTime']);

const CONTROL_CHARACTERS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  '\u007f',
  '\u0085',
  '\ud800', // the first half of a surrogate pair, alone
  '\udfff', // the second half, alone
];
const describeCharacter = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

interface TextInput {
  operation: string;
  /** The whole document, with each argument as a variable of the same name. */
  document: string;
  variables: Record<string, unknown>;
  /** Where the text goes in `variables`. */
  at: (string | number)[];
  /** The field the error must name: paths inside `input` without `input.`, list items by index. */
  field: string;
}

/** Every place text can go: each argument of each query and mutation, down to the text fields of its input types. */
function textInputs(): TextInput[] {
  const inputs: TextInput[] = [];
  for (const [kind, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
    for (const field of Object.values(root.getFields())) {
      if (field.args.length === 0) continue;
      const document = `${kind} (${field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ')}) { ${field.name}(${field.args
        .map((arg) => `${arg.name}: $${arg.name}`)
        .join(', ')})${selection(field)} }`;
      const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sampleInput(arg.type)]));
      for (const arg of field.args) {
        for (const path of textPaths(arg.type, [])) {
          const inside = arg.name === 'input' ? path : [arg.name, ...path];
          inputs.push({
            operation: `${field.name}(${[arg.name, ...path].join('.')})`,
            document,
            variables,
            at: [arg.name, ...path],
            field: inside.join('.'),
          });
        }
      }
    }
  }
  return inputs;
}

function textPaths(type: GraphQLInputType, path: (string | number)[]): (string | number)[][] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return textPaths(nullable.ofType, [...path, 0]);
  if (isInputObjectType(nullable)) return Object.values(nullable.getFields()).flatMap((field) => textPaths(field.type, [...path, field.name]));
  return isScalarType(nullable) && TEXT_SCALARS.has(nullable.name) ? [path] : [];
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
}

function withText(variables: Record<string, unknown>, at: (string | number)[], text: string): Record<string, unknown> {
  const copy = structuredClone(variables);
  let target = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[at[at.length - 1]] = text;
  return copy;
}

let db: TestDatabase;
let api: TestApi;
let senior: string;
let trustId: string;

beforeAll(async () => {
  ({ db, api, trustId, token: senior } = await signedInApi('controlchars', 'SENIOR_PORTAL_ADMINISTRATOR'));
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

async function rowCounts(): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) counts[table] = (await db.dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`))[0].count;
  return counts;
}

const inputs = textInputs();

it('finds the text inputs of the schema, the contact name among them', () => {
  expect(inputs.length).toBeGreaterThan(30);
  expect(inputs.map((input) => input.operation)).toEqual(
    expect.arrayContaining(['updateOrganisationContact(input.name)', 'signIn(username)', 'recordEsrStaffMembers(staffMembers.0.name)', 'staffMembers(filter.templateId)']),
  );
});

it.each(inputs.map((input) => [input.operation, input] as const))('refuses NUL and every other control character in %s, and touches nothing', async (_, input) => {
  const before = await rowCounts();
  db.queryCounter.reset();
  for (const character of CONTROL_CHARACTERS) {
    const response = await api.request(input.document, withText(input.variables, input.at, `Jane${character}Smith`), senior);
    expect({ character: describeCharacter(character), status: response.status, data: response.data, errors: response.errors }).toEqual({
      character: describeCharacter(character),
      status: 400,
      data: undefined,
      errors: [{ message: expect.stringMatching(/^[A-Z][A-Za-z ]* must not contain control characters$/), extensions: { code: 'BAD_USER_INPUT', field: input.field } }],
    });
  }
  expect(db.queryCounter.statements).toBe(0);
  expect(await rowCounts()).toEqual(before);
});

it('names the field in words people read', async () => {
  const messageFor = async (operation: string) => {
    const input = inputs.find((candidate) => candidate.operation === operation)!;
    return (await api.request(input.document, withText(input.variables, input.at, '\u0000'), senior)).errors?.[0].message;
  };
  expect(await messageFor('updateOrganisationContact(input.name)')).toBe('Name must not contain control characters');
  expect(await messageFor('updateOrganisationContact(input.contactId)')).toBe('Contact ID must not contain control characters');
  expect(await messageFor('recordEsrStaffMembers(staffMembers.0.esrAssignmentNumber)')).toBe('ESR assignment number must not contain control characters');
  expect(await messageFor('setAutoIssue(input.changes.0.credentialIds.0)')).toBe('Credential IDs must not contain control characters');
});

it('refuses a control character written into the document itself, not only in variables', async () => {
  const [contacts] = await contactsByOrganisation(db.dataSource.manager, [trustId]);
  const primary = contacts.find((contact) => contact.role === 'PRIMARY_CONTACT')!;
  const response = await api.request(
    `mutation { updateOrganisationContact(input: { contactId: "${primary.id}", name: "Jane\\u0000Smith", email: "jane@trust.nhs.uk" }) { name } }`,
    undefined,
    senior,
  );
  expect(response.errors).toEqual([{ message: 'Name must not contain control characters', extensions: { code: 'BAD_USER_INPUT', field: 'name' } }]);
  const [after] = await contactsByOrganisation(db.dataSource.manager, [trustId]);
  expect(after.find((contact) => contact.role === 'PRIMARY_CONTACT')!.name).toBe(primary.name);
});

it('still takes text with accents, apostrophes and other letters', async () => {
  const [contacts] = await contactsByOrganisation(db.dataSource.manager, [trustId]);
  const primary = contacts.find((contact) => contact.role === 'PRIMARY_CONTACT')!;
  const response = await api.request<{ updateOrganisationContact: { name: string } }>(
    'mutation ($input: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $input) { name } }',
    { input: { contactId: primary.id, name: 'Siân O’Connor-Ñúñez 👩‍⚕️', email: 'sian@trust.nhs.uk', phone: '0113 496 0000' } },
    senior,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.updateOrganisationContact.name).toBe('Siân O’Connor-Ñúñez 👩‍⚕️');
});

describe('core’s own text checks, for callers that do not come through the API', () => {
  it('refuses control characters in names, email addresses and telephone numbers', async () => {
    expect(() => requiredText('name', 'Jane\u0000Smith', 'a full name')).toThrow(new BadUserInputError('name', 'A full name must not contain control characters'));
    expect(() => validEmail('email', 'jane\u0007@trust.nhs.uk')).toThrow('Email address must not contain control characters');
    expect(() => validPhone('phone', '0113\n496 0000')).toThrow('Telephone number must not contain control characters');
    const [contacts] = await contactsByOrganisation(db.dataSource.manager, [trustId]);
    await expect(
      updateOrganisationContact(db.commands, aPortalUser(trustId), { contactId: contacts[0].id, name: 'Jane\u0000Smith', email: 'jane@trust.nhs.uk', phone: '0113 496 0000' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});
