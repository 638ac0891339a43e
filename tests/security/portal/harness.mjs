// What the attack flows share: checks that count in e2e/run.mjs's `N passed, M failed` line, fresh
// browser contexts that record every navigation and every Content Security Policy violation, and
// signing in as the portal's demo Senior Portal Administrator.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
// the demo users and the TOTP code maker of the built core: what the seed published, nothing restated
const { DEMO_USERS } = require(path.join(repoRoot, 'packages/core/dist/db/seed/demo-trust.js'));
const { totpCode } = require(path.join(repoRoot, 'packages/core/dist/auth/mfa.js'));

const demoUser = (username) => {
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  return { username: user.username, password: user.password, totpSecret: user.totpSecret ?? null, displayName: user.displayName };
};
export const NATIONAL = demoUser('national.admin');
export const SENIOR = demoUser('senior.admin');
export const PORTAL = demoUser('portal.admin');

const STEP_MS = 30_000;
const lastStepUsed = new Map();

/**
 * A code the API will take for this secret: the API refuses a time step at or before the last one it
 * accepted (a replay) and takes the step before or after now, so each sign-in of a person uses the next
 * unused step, waiting for the clock when two steps ahead of it.
 */
export async function nextTotpCode(secret) {
  for (;;) {
    const now = Math.floor(Date.now() / STEP_MS);
    const step = Math.max((lastStepUsed.get(secret) ?? -Infinity) + 1, now);
    if (step <= now + 1) {
      lastStepUsed.set(secret, step);
      return totpCode(secret, new Date(step * STEP_MS));
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * STEP_MS - Date.now() + 50));
  }
}

export { checker, expect } from '../../../apps/web/e2e/checks.mjs';
export { freePort } from '../../../scripts/free-port.mjs';

/**
 * A fresh browser context on the portal. Requests to the portal and to `alsoAllowed` origins go
 * through; anything else (evil.example and friends) is recorded and never sent: no traffic leaves
 * this machine. `context.visits` lists every main-frame navigation request, `context.offsite`
 * every request the browser tried to send elsewhere, and `context.cspViolations` every violation
 * the browser reported.
 */
export async function freshContext(browser, baseUrl, { alsoAllowed = [] } = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const allowed = [new URL(baseUrl).origin, ...alsoAllowed.map((url) => new URL(url).origin)];
  context.visits = [];
  context.offsite = [];
  context.cspViolations = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const origin = url.startsWith('http') ? new URL(url).origin : null;
    if (origin && allowed.includes(origin)) return route.continue();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    context.offsite.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame().parentFrame() === null) context.visits.push(request.url());
  });
  context.on('page', (page) => watchPage(context, page));
  return context;
}

function watchPage(context, page) {
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) context.cspViolations.push(`${page.url()}: ${message.text()}`);
  });
}

/** Signs in through the portal's pages, the security code step included; ends on the page it lands on. */
export async function signIn(page, user = SENIOR, { landing = '**/system-management' } = {}) {
  await page.goto('/sign-in');
  await completeSignInForm(page, user, { landing });
}

/** Fills in the sign-in form the page shows, then the security code when the person needs one. */
export async function completeSignInForm(page, user = SENIOR, { landing = '**/system-management' } = {}) {
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (user.totpSecret) {
    await page.waitForURL('**/sign-in/code**');
    await page.getByLabel('Security code').fill(await nextTotpCode(user.totpSecret));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(landing);
}

export const mainText = (page) => page.locator('main').innerText();

/** The portal's persisted operations (codegen's manifest), by operation name. */
export function portalOperationId(name) {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'apps/web/src/gql/persisted-documents.json'), 'utf8'));
  const found = Object.entries(manifest).find(([, text]) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(text));
  if (!found) throw new Error(`The portal has no operation ${name}`);
  return found[0];
}

export const persistedBody = (name, variables = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: portalOperationId(name) } } });

/** Talks to the API as the portal does: signs in with query text, then runs portal operations by id. */
export async function apiSession(apiUrl, user = SENIOR) {
  const call = async (body, token) => {
    const response = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return response.json();
  };
  const signedIn = await call({
    query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token challengeToken } }',
    variables: { u: user.username, p: user.password },
  });
  let token = signedIn.data?.signIn?.token;
  const challengeToken = signedIn.data?.signIn?.challengeToken;
  if (!token && challengeToken && user.totpSecret) {
    const completed = await call({
      query: 'mutation ($t: String!, $c: String!) { completeSignIn(challengeToken: $t, code: $c) { token } }',
      variables: { t: challengeToken, c: await nextTotpCode(user.totpSecret) },
    });
    token = completed.data?.completeSignIn?.token;
    if (!token) throw new Error(`could not complete sign-in through the API: ${JSON.stringify(completed.errors)}`);
  }
  if (!token) throw new Error(`could not sign in through the API: ${JSON.stringify(signedIn.errors)}`);
  return {
    token,
    run: (name, variables) => call(persistedBody(name, variables), token),
    async notificationEmail(team) {
      const answer = await call(persistedBody('NotificationsPage'), token);
      const setting = answer.data?.organisation?.notificationSettings?.find((s) => s.team === team);
      if (!setting) throw new Error(`no ${team} notification setting: ${JSON.stringify(answer)}`);
      return setting.email;
    },
  };
}
