// Cross-site request forgery against the portal's relay (/api/graphql): a page on another port of
// the same host (same site, so the browser sends the session cookie) auto-submits forms and fires a
// credentialed fetch at the relay to change the HR team's address. The address must be unchanged,
// read back through the API. Query text the portal never sends is refused even from its own pages.
import { createServer } from 'node:http';
import { apiSession, expect, freePort, freshContext, persistedBody, signIn } from './harness.mjs';

const ATTACKER_EMAIL = 'attacker@evil.example';
const FULL_TEXT_MUTATION = `mutation { updateNotificationSetting(input: { team: HR, email: "${ATTACKER_EMAIL}", enabled: true }) { email } }`;

/**
 * A text/plain form whose one field makes the body valid JSON: the classic way to post JSON from a
 * form without a preflight.
 */
function jsonForm(action, body) {
  const json = JSON.stringify({ ...body, padding: '' });
  const name = json.slice(0, -2);
  return `<!doctype html><title>Win a prize</title>
<form method="post" action="${action}" enctype="text/plain"><input type="hidden" name='${name.replaceAll("'", '&#39;')}' value='"}'></form>
<script>document.forms[0].submit()</script>`;
}

function attackerSite(portal) {
  const relay = `${portal}/api/graphql`;
  const persisted = persistedBody('UpdateNotificationSetting', { input: { team: 'HR', email: ATTACKER_EMAIL, enabled: true } });
  const pages = {
    '/form-query-text': jsonForm(relay, { query: FULL_TEXT_MUTATION }),
    '/form-persisted': jsonForm(relay, persisted),
    '/fetch': `<!doctype html><title>Loading</title><script>
      Promise.allSettled([
        fetch(${JSON.stringify(relay)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(JSON.stringify(persisted))} }),
        fetch(${JSON.stringify(relay)}, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(persisted))} }),
      ]).then((outcomes) => { document.title = 'done'; window.outcomes = outcomes.map((o) => o.status); });
    </script>`,
  };
  return createServer((request, response) => {
    const page = pages[request.url];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
}

export async function crossOriginRelay({ browser, baseUrl, apiUrl, check }) {
  const port = await freePort();
  const attacker = `http://127.0.0.1:${port}`;
  const site = attackerSite(baseUrl);
  await new Promise((resolve) => site.listen(port, '127.0.0.1', resolve));
  const context = await freshContext(browser, baseUrl, { alsoAllowed: [attacker] });
  const api = await apiSession(apiUrl);
  try {
    const page = await context.newPage();
    await signIn(page);
    const before = await api.notificationEmail('HR');
    expect(before !== ATTACKER_EMAIL, 'the HR address starts as the trust’s own');

    for (const [path, what] of [
      ['/form-query-text', 'a form posting query text'],
      ['/form-persisted', 'a form posting the portal’s own persisted mutation'],
    ]) {
      await check(`cross-origin: ${what} from another port of the host is refused, and the HR address is unchanged`, async () => {
        const answered = page.waitForResponse((response) => response.url() === `${baseUrl}/api/graphql`);
        await page.goto(`${attacker}${path}`);
        const response = await answered;
        const body = await response.json();
        expect(response.status() === 403, `the relay answered ${response.status()}: ${JSON.stringify(body)}`);
        expect(body.errors?.[0]?.extensions?.code === 'FORBIDDEN' && !body.data, `the attacker got: ${JSON.stringify(body)}`);
        expect((await api.notificationEmail('HR')) === before, 'the HR address is unchanged');
      });
    }

    await check('cross-origin: a credentialed fetch from another port of the host changes nothing', async () => {
      const statuses = [];
      const listener = (response) => response.url() === `${baseUrl}/api/graphql` && statuses.push(response.status());
      context.on('response', listener);
      await page.goto(`${attacker}/fetch`);
      await page.waitForFunction(() => document.title === 'done');
      context.off('response', listener);
      expect(statuses.every((status) => status === 403), `the relay answered ${statuses.join(', ')}`);
      expect((await api.notificationEmail('HR')) === before, 'the HR address is unchanged');
    });

    await check('relay: query text from the portal’s own page is refused, and the HR address is unchanged', async () => {
      await page.goto('/system-management/notifications');
      const answer = await page.evaluate(
        (query) =>
          fetch('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(async (r) => ({
            status: r.status,
            body: await r.json(),
          })),
        FULL_TEXT_MUTATION,
      );
      expect(answer.status === 400 && answer.body.errors?.[0]?.extensions?.code === 'PERSISTED_DOCUMENT_REQUIRED' && !answer.body.data, `the relay answered ${JSON.stringify(answer)}`);
      const unknown = await page.evaluate(() =>
        fetch('/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } } }),
        }).then((r) => r.status),
      );
      expect(unknown === 400, `an unknown id answered ${unknown}`);
      expect((await api.notificationEmail('HR')) === before, 'the HR address is unchanged');
    });

    await check('relay: a request with the session cookie but no Origin or Sec-Fetch-Site (not from a browser page) is refused', async () => {
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const response = await fetch(`${baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(persistedBody('UpdateNotificationSetting', { input: { team: 'HR', email: ATTACKER_EMAIL } })),
      });
      expect(response.status === 403, `answered ${response.status}: ${await response.text()}`);
      expect((await api.notificationEmail('HR')) === before, 'the HR address is unchanged');
    });

    await check('relay: the portal’s own pages still change settings through it', async () => {
      const answer = await page.evaluate(
        (body) => fetch('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json()),
        persistedBody('NotificationsPage'),
      );
      expect(answer.data?.organisation?.notificationSettings?.length === 3, `the portal's own query: ${JSON.stringify(answer).slice(0, 300)}`);
    });

    await check('API: the session token itself cannot run query text, only the portal’s operations', async () => {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
        body: JSON.stringify({ query: FULL_TEXT_MUTATION }),
      });
      const body = await response.json();
      expect(response.status === 403 && /Portal sessions can only run the portal's own operations/.test(body.errors?.[0]?.message), `the API answered ${JSON.stringify(body)}`);
      expect((await api.notificationEmail('HR')) === before, 'the HR address is unchanged');
    });
  } finally {
    await context.close();
    await new Promise((resolve) => site.close(resolve));
  }
}
