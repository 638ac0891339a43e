// Open redirect: a link to the portal's sign-in page whose callbackUrl names another site. Whether
// the victim signs in on that page or is already signed in, the browser must end on a portal page
// and never try to go anywhere else.
import { completeSignInForm, expect, freshContext, nextTotpCode, PORTAL, signIn, SENIOR } from './harness.mjs';

/** callbackUrl values as they stand in the link's query string (already encoded where shown). */
export const CALLBACK_URL_ATTACKS = [
  '/%5Cevil.example',
  '/%5cevil.example/system-management',
  '/\\evil.example',
  '\\\\evil.example',
  '//evil.example',
  '%2F%2Fevil.example',
  '/%2Fevil.example',
  '%252F%252Fevil.example',
  '/%255Cevil.example',
  'https://evil.example/',
  'https%3A%2F%2Fevil.example%2F',
  'http://127.0.0.2/',
  'javascript:alert(document.domain)',
  'javascript%3Aalert(1)',
  'data:text/html,%3Cscript%3Ealert(1)%3C/script%3E',
  '/%09/evil.example',
  '/%0A/evil.example',
  '/%0D%0A/evil.example',
  '/.//evil.example',
  '%20//evil.example',
];

async function landing(page, context, baseUrl, attack) {
  await page.waitForLoadState('networkidle');
  const final = new URL(page.url());
  expect(final.origin === new URL(baseUrl).origin, `${attack}: the browser ended on ${page.url()}`);
  expect(
    final.pathname === '/system-management',
    `${attack}: ended on ${final.pathname}, not System management: ${final.pathname === '/system-management' ? '' : await page.locator('main').innerText().catch(() => '')}`,
  );
  const elsewhere = context.visits.filter((url) => !url.startsWith(baseUrl));
  expect(elsewhere.length === 0, `${attack}: navigated away from the portal: ${elsewhere.join(', ')}`);
  expect(context.offsite.length === 0, `${attack}: the browser tried to reach ${context.offsite.join(', ')}`);
  expect((await page.locator('h1').first().innerText()).includes('System management'), `${attack}: shows System management`);
}

export async function openRedirect({ browser, baseUrl, check }) {
  const context = await freshContext(browser, baseUrl);
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    return dialog.dismiss();
  });
  try {
    await check(`open redirect: signing in from a link with any of ${CALLBACK_URL_ATTACKS.length} hostile callbackUrls stays on the portal`, async () => {
      for (const attack of CALLBACK_URL_ATTACKS) {
        await context.clearCookies();
        context.visits.length = 0;
        await page.goto(`/sign-in?callbackUrl=${attack}`);
        // a person without a second factor, so that one sign-in follows another at once (the code step
        // carries the same callbackUrl: the check below goes through it)
        // by path: some of the sign-in links themselves end in /system-management
        await completeSignInForm(page, PORTAL, { landing: (url) => url.pathname === '/system-management' });
        await landing(page, context, baseUrl, attack);
      }
      expect(dialogs.length === 0, `script ran: ${dialogs.join(', ')}`);
    });

    await check('open redirect: a signed-in user opening the same links stays on the portal', async () => {
      await context.clearCookies();
      await signIn(page);
      for (const attack of CALLBACK_URL_ATTACKS) {
        context.visits.length = 0;
        await page.goto(`/sign-in?callbackUrl=${attack}`);
        await landing(page, context, baseUrl, attack);
      }
      expect(dialogs.length === 0, `script ran: ${dialogs.join(', ')}`);
    });

    await check('open redirect: a portal path in callbackUrl is kept', async () => {
      await page.goto('/sign-in?callbackUrl=%2Fsystem-management%2Faudit%3FperPage%3D5');
      await page.waitForURL('**/system-management/audit?perPage=5');
      await context.clearCookies();
      await page.goto('/sign-in?callbackUrl=/system-management/templates');
      await completeSignInForm(page, SENIOR, { landing: '**/system-management/templates' });
      await context.clearCookies();
      await page.goto('/sign-in?callbackUrl=/system-management/templates');
      await page.getByLabel('Username').fill(SENIOR.username);
      await page.getByLabel('Password').fill(SENIOR.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('**/sign-in/code**');
      // a hostile callbackUrl on the code step itself
      await page.goto('/sign-in/code?callbackUrl=%2F%5Cevil.example');
      await page.getByLabel('Security code').fill(await nextTotpCode(SENIOR.totpSecret));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL((url) => url.pathname === '/system-management');
      expect(new URL(page.url()).origin === new URL(baseUrl).origin, `the code step went to ${page.url()}`);
      expect(context.offsite.length === 0, `tried to leave: ${context.offsite.join(', ')}`);
    });

    await check('open redirect: next-auth’s own callbackUrl (sign-out) cannot leave the portal', async () => {
      const csrf = await page.evaluate(() => fetch('/api/auth/csrf').then((r) => r.json()));
      const answer = await page.evaluate(
        ({ csrfToken }) =>
          fetch('/api/auth/signout', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1' },
            body: new URLSearchParams({ csrfToken, callbackUrl: 'https://evil.example/', json: 'true' }),
          }).then((r) => r.json()),
        csrf,
      );
      expect(new URL(answer.url).origin === new URL(baseUrl).origin, `next-auth answered ${answer.url}`);
    });
  } finally {
    await context.close();
  }
}
