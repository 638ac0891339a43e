import { totpCode } from '../../auth/mfa';
import { DEMO_USERS } from './demo-trust';

/**
 * `npm run demo-code -- senior.admin`: the code an authenticator app holding a demo user's published
 * TOTP secret shows now, for trying the demo without a phone. Demo users exist only outside production.
 */
function main(): void {
  if (process.env.NODE_ENV === 'production') throw new Error('There are no demo users in production');
  const username = process.argv[2] ?? '';
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  const withSecrets = DEMO_USERS.filter((candidate) => candidate.totpSecret).map((candidate) => candidate.username);
  if (!user?.totpSecret) throw new Error(`Usage: npm run demo-code -- <${withSecrets.join(' | ')}>`);
  const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
  console.log(`${totpCode(user.totpSecret)}  (${user.username}; changes in ${secondsLeft} s; each code works once)`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
