// What the attack flows share: checks that count in e2e/run.mjs's `N passed, M failed` line, fresh
// browser contexts that record every navigation and every Content Security Policy violation, and
// signing in as the portal's demo Senior Portal Administrator.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SENIOR = { username: 'senior.admin', password: 'Passport-Senior-2026' };

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

export async function signIn(page, user = SENIOR) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/system-management');
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
    query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    variables: { u: user.username, p: user.password },
  });
  const token = signedIn.data?.signIn?.token;
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
