// A session that ends on the server while its cookie lives on in another browser (here: signed out
// in the first browser, the cookie copied to a second). The second browser must reach a usable
// sign-in form in at most 2 redirects, saying the session has expired, with its dead cookie cleared;
// it must never bounce between a page and sign-in.
import path from 'node:path';
import { completeSignInForm, expect, freshContext, mainText, SENIOR, signIn } from './harness.mjs';

const sessionCookies = (cookies) => cookies.filter((cookie) => /next-auth\.session-token/.test(cookie.name));

export async function sessionLoop({ browser, baseUrl, screenshots, check }) {
  const first = await freshContext(browser, baseUrl);
  const second = await freshContext(browser, baseUrl);
  try {
    const a = await first.newPage();
    const b = await second.newPage();

    await check('session: a first visit with no cookie asks to sign in without saying a session expired', async () => {
      await b.goto('/system-management/organisation');
      await b.waitForURL('**/sign-in');
      await b.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(!(await mainText(b)).includes('expired'), `a first visit says: ${await mainText(b)}`);
    });

    await check('session: signed out in one browser, the copied cookie reaches a usable sign-in form in at most 2 redirects', async () => {
      await signIn(a);
      const copied = sessionCookies(await first.cookies());
      expect(copied.length > 0, 'the first browser has a session cookie');
      await second.addCookies(copied);
      await b.goto('/system-management/organisation');
      expect((await b.locator('h1').innerText()).includes('Organisation'), 'the copied cookie works before sign-out');

      await a.getByRole('button', { name: 'Sign out' }).click();
      await a.waitForURL('**/sign-in?signedOut=1');

      second.visits.length = 0;
      await b.goto('/system-management/organisation');
      await b.waitForLoadState('networkidle');
      const redirects = second.visits.length - 1;
      expect(redirects <= 2, `${redirects} redirects: ${second.visits.join(' → ')}`);
      expect(new URL(b.url()).pathname === '/sign-in', `ended on ${b.url()}`);
      expect((await mainText(b)).includes('Your session has expired'), `says the session expired: ${await mainText(b)}`);
      expect(sessionCookies(await second.cookies()).length === 0, 'the dead session cookie was cleared');
      await b.screenshot({ path: path.join(screenshots, 'attack-session-ended-elsewhere.png'), fullPage: true });

      await completeSignInForm(b, SENIOR);
      expect((await b.locator('h1').innerText()).includes('System management'), 'the form works: signed in again');
      expect(second.visits.filter((url) => new URL(url).pathname === '/sign-in').length <= 2, `no bouncing: ${second.visits.join(' → ')}`);
    });

    await check('session: the dead cookie on the sign-in page itself is cleared, not followed into the portal', async () => {
      await signIn(a);
      const copied = sessionCookies(await first.cookies());
      await second.clearCookies();
      await second.addCookies(copied);
      await a.getByRole('button', { name: 'Sign out' }).click();
      await a.waitForURL('**/sign-in?signedOut=1');
      second.visits.length = 0;
      await b.goto('/sign-in');
      await b.waitForLoadState('networkidle');
      expect(second.visits.length - 1 <= 2, `redirects: ${second.visits.join(' → ')}`);
      expect(new URL(b.url()).pathname === '/sign-in', `ended on ${b.url()}`);
      await b.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(sessionCookies(await second.cookies()).length === 0, 'the dead session cookie was cleared');
    });

    await check('session: after signing out, the portal says so and never that the session expired', async () => {
      expect((await mainText(a)).includes('You have signed out'), 'says signed out');
      expect(!(await mainText(a)).includes('expired'), `after sign-out: ${await mainText(a)}`);
      await a.goto('/system-management/templates');
      await a.waitForURL('**/sign-in');
      expect(!(await mainText(a)).includes('expired'), `visiting a page after sign-out: ${await mainText(a)}`);
    });

    await check('session: a link to the cookie-clearing address cannot sign a live session out', async () => {
      await signIn(a);
      await a.goto('/sign-in/session-ended');
      await a.waitForURL('**/system-management');
      await a.goto('/system-management/audit');
      expect((await a.locator('h1').innerText()).length > 0 && new URL(a.url()).pathname === '/system-management/audit', `still signed in: ${a.url()}`);
    });
  } finally {
    await first.close();
    await second.close();
  }
}
