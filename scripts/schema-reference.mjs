// Writes docs/schema-reference.md from schema.graphql: every query, mutation, type and enum with its
// description. `--check` fails when the file is stale (npm run codegen:check runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const lines = [
  '# GraphQL schema reference',
  '',
  'Generated from `schema.graphql` by `node scripts/schema-reference.mjs`: do not edit by hand.',
  '',
];
const describe = (text) => (text ? text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|') : '');
const args = (field) =>
  field.args.length ? `(${field.args.map((arg) => `${arg.name}: ${arg.type}`).join(', ')})` : '';

for (const [title, type] of [['Queries', schema.getQueryType()], ['Mutations', schema.getMutationType()]]) {
  lines.push(`## ${title}`, '', '| operation | returns | description |', '| --- | --- | --- |');
  for (const field of Object.values(type.getFields())) {
    lines.push(`| \`${field.name}${args(field)}\` | \`${field.type}\` | ${describe(field.description)} |`);
  }
  lines.push('');
}

lines.push('## Types', '');
const named = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__') && !['Query', 'Mutation'].includes(type.name))
  .sort((a, b) => a.name.localeCompare(b.name));
for (const type of named) {
  if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
  const kind = isEnumType(type) ? 'enum' : isInputObjectType(type) ? 'input' : isScalarType(type) ? 'scalar' : isUnionType(type) ? 'union' : 'type';
  lines.push(`### ${type.name} (${kind})`, '');
  if (type.description) lines.push(describe(type.description), '');
  if (isEnumType(type)) {
    for (const value of type.getValues()) lines.push(`- \`${value.name}\`${value.description ? `: ${describe(value.description)}` : ''}`);
    lines.push('');
  } else if (isObjectType(type) || isInputObjectType(type)) {
    lines.push('| field | type | description |', '| --- | --- | --- |');
    for (const field of Object.values(type.getFields())) {
      const fieldArgs = 'args' in field ? args(field) : '';
      lines.push(`| \`${field.name}${fieldArgs}\` | \`${field.type}\` | ${describe(field.description)} |`);
    }
    lines.push('');
  }
}

const output = lines.join('\n') + '\n';
const target = 'docs/schema-reference.md';
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== output) {
    console.error(`${target} is stale: run node scripts/schema-reference.mjs and commit it`);
    process.exit(1);
  }
  console.log(`${target} matches schema.graphql.`);
} else {
  writeFileSync(target, output);
  console.log(`Wrote ${target}`);
}
