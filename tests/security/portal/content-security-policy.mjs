// The Content Security Policy on every page: a fresh nonce per response that every script carries,
// no violation reported while the pages are used, an injected inline script that does not run, and
// a page that cannot be framed by another site.
import { createServer } from 'node:http';
import { expect, freePort, freshContext, signIn } from './harness.mjs';

const PAGES = [
  '/system-management',
  '/system-management/organisation',
  '/system-management/notifications',
  '/system-management/notifications/hr/email',
  '/system-management/credentials',
  '/system-management/templates',
  '/system-management/templates/new',
  '/system-management/templates/effective',
  '/system-management/job-roles',
  '/system-management/audit',
  '/a-page-that-does-not-exist',
];

function directivesOf(policy) {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

async function policyOf(page, response, where) {
  const policy = response.headers()['content-security-policy'];
  expect(policy, `${where} has no Content-Security-Policy header`);
  const directives = directivesOf(policy);
  const scripts = directives.get('script-src') ?? [];
  const nonce = scripts.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, `${where}: script-src has no nonce: ${policy}`);
  expect(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), `${where}: script-src allows inline script or eval: ${policy}`);
  for (const [name, value] of [['frame-ancestors', "'none'"], ['form-action', "'self'"], ['base-uri', "'self'"], ['object-src', "'none'"]]) {
    expect(directives.get(name)?.join(' ') === value, `${where}: ${name} is not ${value}: ${policy}`);
  }
  // every script the server wrote into the page carries the nonce; the chunks Next.js loads from
  // them later are trusted through 'strict-dynamic'
  const html = await response.text();
  const unnonced = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes(` nonce="${nonce}"`));
  expect(unnonced.length === 0, `${where}: scripts without this response's nonce: ${unnonced.join(', ')}`);
  return nonce;
}

export async function contentSecurityPolicy({ browser, baseUrl, check }) {
  const context = await freshContext(browser, baseUrl);
  const page = await context.newPage();
  try {
    await check('CSP: the sign-in page and every portal page carry a policy with a fresh nonce on every script', async () => {
      const nonces = new Set();
      const signInPage = await page.goto('/sign-in');
      nonces.add(await policyOf(page, signInPage, '/sign-in'));
      nonces.add(await policyOf(page, await page.reload(), '/sign-in (again)'));
      expect(nonces.size === 2, 'a new nonce for each response');
      expect(!signInPage.headers()['strict-transport-security'], 'no HSTS over plain http');
      await signIn(page);
      for (const path of PAGES) {
        const response = await page.goto(path);
        await page.waitForLoadState('networkidle');
        nonces.add(await policyOf(page, response, path));
      }
      expect(nonces.size === PAGES.length + 2, `nonces repeat: ${nonces.size} for ${PAGES.length + 2} responses`);
    });

    await check('CSP: pages still work under the policy (a form round trip) and no violation is reported', async () => {
      await page.goto('/system-management/notifications/hr/email');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('**/system-management/notifications');
      // saved as it was: the one-time banner says nothing was changed
      await page.locator('.nhsuk-notification-banner').getByText('Nothing was changed').waitFor();
      await page.goto('/system-management/templates/effective');
      await page.getByLabel('Staff group').selectOption({ index: 1 });
      await page.getByLabel('Permanent or fixed-term contract').check();
      await page.getByRole('button', { name: 'Check template' }).click();
      await page.locator('#effective-result').waitFor();
      expect(context.cspViolations.length === 0, `violations: ${context.cspViolations.join('\n')}`);
    });

    await check('CSP: script injected into a portal page (as by an XSS flaw) does not run, and the browser reports it', async () => {
      await page.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.effectiveDirective));
      });
      await page.route('**/system-management/organisation', async (route) => {
        const response = await route.fetch();
        const injected = (await response.text()).replace(
          '</body>',
          '<script>window.injected = "inline"</script><img src="/assets/images/favicon.ico" onload="window.injected = \'handler\'"></body>',
        );
        await route.fulfill({ response, body: injected });
      });
      await page.goto('/system-management/organisation');
      await page.waitForLoadState('networkidle');
      await page.unroute('**/system-management/organisation');
      const outcome = await page.evaluate(() => ({ injected: window.injected ?? null, violations: window.violations }));
      expect(outcome.injected === null, `the injected ${outcome.injected} script ran`);
      expect(outcome.violations.includes('script-src-elem') && outcome.violations.includes('script-src-attr'), `the browser reported ${outcome.violations.join(', ')}`);
      expect((await page.locator('h1').innerText()) === 'Organisation details', 'the page itself still works');
    });

    await check('CSP: another site cannot frame the portal', async () => {
      const port = await freePort();
      const framer = createServer((_, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(`<!doctype html><title>framer</title><iframe src="${baseUrl}/sign-in"></iframe>`);
      });
      await new Promise((resolve) => framer.listen(port, '127.0.0.1', resolve));
      const other = await freshContext(page.context().browser(), baseUrl, { alsoAllowed: [`http://127.0.0.1:${port}`] });
      try {
        const framing = await other.newPage();
        await framing.goto(`http://127.0.0.1:${port}/`);
        await framing.waitForLoadState('networkidle');
        const frame = framing.frames().find((f) => f !== framing.mainFrame());
        const shown = frame ? await frame.locator('form').count().catch(() => 0) : 0;
        expect(shown === 0, 'the sign-in form was shown inside another site’s frame');
      } finally {
        await other.close();
        await new Promise((resolve) => framer.close(resolve));
      }
    });
  } finally {
    await context.close();
  }
}
