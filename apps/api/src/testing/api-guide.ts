import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One example of docs/api.md: the GraphQL document, the caller its marker names, and its variables. */
export interface ApiGuideExample {
  caller: string;
  /** The error code the example shows, when it shows one. */
  expect: string | null;
  document: string;
  /** As written, with placeholders such as `<id of staff group 01>`. */
  variables: Record<string, string> | null;
}

export const API_GUIDE = readFileSync(path.resolve(__dirname, '../../../../docs/api.md'), 'utf8');

const EXAMPLE = /<!-- example: ([a-z-]+)(?: expect=([A-Z_]+))? -->\n```graphql\n([\s\S]*?)```(?:\n```json\n([\s\S]*?)```)?/g;

/** Every example of the guide other NHS services follow, in document order. */
export const API_GUIDE_EXAMPLES: ApiGuideExample[] = [...API_GUIDE.matchAll(EXAMPLE)].map((match) => ({
  caller: match[1],
  expect: match[2] ?? null,
  document: match[3],
  variables: match[4] ? JSON.parse(match[4]) : null,
}));
