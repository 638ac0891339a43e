import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type ValueNode,
} from 'graphql';
import { hasControlCharacters } from '@staff-passport/core';
import type { ResolvedOperation } from './query-limits';

/**
 * Refuses an operation that carries a control character in any text it sends: every argument of every
 * field, written in the document or passed in variables, walked against the schema's input types, so a
 * new field or mutation is covered without a line here. The error names the input path the way the
 * services do (`name`, `staffMembers.0.email`; an `input` argument's own fields without `input.`).
 */
export function refuseControlCharacters({ schema, document, variables, operationName }: ResolvedOperation): void {
  const operation = getOperationAST(document, operationName);
  if (!operation) return;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const path = argument.name === 'input' && isInputObjectType(getNamedType(argument.type)) ? [] : [argument.name];
        checkLiteral(node.value, argument.type, path, variables ?? {});
      },
    }),
  );
}

function checkLiteral(node: ValueNode, type: GraphQLInputType, path: string[], variables: Record<string, unknown>): void {
  const nullable = getNullableType(type);
  switch (node.kind) {
    case Kind.VARIABLE:
      checkValue(variables[node.name.value], type, path);
      return;
    case Kind.STRING:
      checkText(node.value, path);
      return;
    case Kind.LIST: {
      const itemType = isListType(nullable) ? nullable.ofType : nullable;
      node.values.forEach((item, index) => checkLiteral(item, itemType, [...path, String(index)], variables));
      return;
    }
    case Kind.OBJECT: {
      if (!isInputObjectType(nullable)) return;
      const fields = nullable.getFields();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (definition) checkLiteral(field.value, definition.type, [...path, field.name.value], variables);
      }
      return;
    }
    default:
  }
}

/** A variable's value as sent (JSON), walked by the type the place it is used in expects. */
function checkValue(value: unknown, type: GraphQLInputType, path: string[]): void {
  const nullable = getNullableType(type);
  if (typeof value === 'string') {
    checkText(value, path);
  } else if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkValue(item, nullable.ofType, [...path, String(index)]));
    else checkValue(value, nullable.ofType, path);
  } else if (isInputObjectType(nullable) && value !== null && typeof value === 'object') {
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value)) {
      if (fields[name]) checkValue(fieldValue, fields[name].type, [...path, name]);
    }
  }
}

function checkText(value: string, path: string[]): void {
  if (!hasControlCharacters(value)) return;
  const field = path.join('.');
  // refused before execution, like a variable of the wrong type: a 400 with the field named
  throw new GraphQLError(`${fieldLabel(path)} must not contain control characters`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

const WORDS: Record<string, string> = { esr: 'ESR', id: 'ID', ids: 'IDs' };

/** `esrAssignmentNumber` as people read it: "ESR assignment number". */
function fieldLabel(path: string[]): string {
  const name = [...path].reverse().find((segment) => !/^\d+$/.test(segment)) ?? 'Text';
  const words = name.split(/(?=[A-Z])/).map((word) => WORDS[word.toLowerCase()] ?? word.toLowerCase());
  const label = words.join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
