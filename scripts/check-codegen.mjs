// Regenerates the types from schema.graphql and fails when that changes any tracked file, so
// generated code in the repository always matches the contract.
import { execSync } from 'node:child_process';

execSync('npx graphql-codegen --config codegen.ts', { stdio: 'inherit' });
const changed = execSync('git status --porcelain -- apps/api/src/generated apps/web/src/gql', { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`Generated GraphQL types were stale; commit the regenerated files:\n${changed}`);
  process.exit(1);
}
console.log('Generated GraphQL types match schema.graphql.');
execSync('node scripts/schema-reference.mjs --check', { stdio: 'inherit' });
