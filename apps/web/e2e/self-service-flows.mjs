// What a person does for their own account, against the real portal, API, worker and database:
// forgotten password → the emailed link → a new password → signed in with it; Your account; change
// password (other sessions end); sign out of all devices; the Sent emails page showing a trust only
// its own emails. Each step saves a screenshot and runs axe, as flows.mjs does.
import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NATIONAL, PORTAL as DEMO_PORTAL, signIn as signInWithCode } from '../../../tests/security/portal/harness.mjs';
import { openPortalBrowser, PHONE } from './browser.mjs';
import { checker, expect } from './checks.mjs';

/** The demo trust's Portal Administrator: the trust asks no second factor of them, so a password signs them in. */
const PORTAL = { username: DEMO_PORTAL.username, password: DEMO_PORTAL.password, email: 'pat.portal@riverside-demo.nhs.uk' };
/** A national email: it belongs to no trust, so no trust's Sent emails page may show it. */
const NATIONAL_EMAIL = 'nat.national@passport-demo.nhs.uk';
const RESET_SUBJECT = 'Reset your Digital Staff Passport password';
const PASSWORD_RESET_BANNER = 'Your password has been changed. Sign in with your new password.';
const PASSWORD_CHANGED_BANNER = 'Your password has been changed. You have been signed out on your other devices.';
const SIGNED_OUT_EVERYWHERE_BANNER = 'You have been signed out of all devices.';

/** `mailDir`: where the run's worker keeps the emails it sends, as .eml files. */
export async function runSelfServiceFlows({ baseUrl, chromium, screenshots, only = null, mailDir }) {
  const { browser, newPage, look, errorSummary, external, cspViolations } = await openPortalBrowser({ baseUrl, chromium, screenshots, prefix: 'self-service-' });
  const results = { passed: 0, failed: 0 };

  /** The error shown at a field (and linked from the summary), once the summary shows it. */
  async function fieldError(page, field, text) {
    const summary = await errorSummary(page);
    await summary.getByText(text).first().waitFor();
    expect((await summary.locator(`a[href="#${field}"]`).count()) === 1, `the summary links to #${field}`);
    const atField = await page.locator(`#${field}-error`).innerText();
    expect(atField.includes(text), `the ${field} field says "${text}": ${atField}`);
  }

  async function signIn(page, user) {
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/system-management');
  }

  /** Whether a page of this context still has a session: a portal page either shows or sends it to sign in. */
  async function signedIn(page) {
    await page.goto('/system-management');
    await page.waitForLoadState('load');
    return new URL(page.url()).pathname === '/system-management';
  }

  const successBanner = (page) => page.locator('.nhsuk-notification-banner--success');
  const bodyText = (page) => page.locator('main').innerText();

  /** The emails the worker has kept so far, parsed, newest last. */
  async function sentEmails() {
    const files = readdirSync(mailDir).filter((name) => name.endsWith('.eml'));
    return Promise.all(files.map(async (name) => ({ name, raw: readFileSync(path.join(mailDir, name), 'utf8'), parsed: await simpleParser(readFileSync(path.join(mailDir, name))) })));
  }

  /** Waits (polling the folder) for an email to `to` with `subject` that is not one of `seen`. */
  async function newEmail(to, subject, seen = new Set()) {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const found = (await sentEmails()).find((email) => !seen.has(email.name) && email.parsed.to?.text === to && email.parsed.subject === subject);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`No email "${subject}" to ${to} in ${mailDir}`);
  }

  const test = checker(results, only);
  console.log('Self-service flows:');
  const page = await newPage();
  const password = { current: PORTAL.password };
  let resetLink = null;
  const banners = {};

  await test('forgotten password: errors are clear, and the answer is the same for any address', async () => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.waitForURL((url) => url.pathname === '/forgotten-password');
    await look(page, 'forgotten-password');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await fieldError(page, 'email', 'Enter an email address');
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await fieldError(page, 'email', 'Enter an email address in the correct format');
    await look(page, 'forgotten-password-error');

    const answers = [];
    const before = new Set((await sentEmails()).map((email) => email.name));
    for (const address of ['nobody.known@riverside-demo.nhs.uk', NATIONAL_EMAIL, PORTAL.email]) {
      await page.goto('/forgotten-password');
      await page.getByLabel('Email address').fill(address);
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await page.waitForURL('**/forgotten-password/check-your-email');
      await page.getByRole('link', { name: 'Return to sign in' }).waitFor();
      answers.push(`${await page.title()} | ${(await bodyText(page)).replace(/\s+/g, ' ')}`);
    }
    expect(new Set(answers).size === 1, `the same answer whether or not the address has an account: ${JSON.stringify(answers)}`);
    expect(answers[0].includes('If an account uses this address, we have sent a link') && answers[0].includes('valid for 1 hour'), `says what happens: ${answers[0]}`);
    expect(!answers.some((answer) => answer.includes('@')), 'the answer does not repeat the address');
    await look(page, 'check-your-email');

    const email = await newEmail(PORTAL.email, RESET_SUBJECT, before);
    resetLink = email.parsed.text.match(/https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/)?.[0] ?? null;
    expect(resetLink?.startsWith(`${baseUrl}/reset-password?token=`), `the email links to the portal's reset page: ${resetLink}`);
    await newEmail(NATIONAL_EMAIL, RESET_SUBJECT, before);
    expect(!(await sentEmails()).some((e) => !before.has(e.name) && e.parsed.to?.text === 'nobody.known@riverside-demo.nhs.uk'), 'an unknown address gets no email');
  });

  await test('the reset link sets a new password, keeps its token out of the address, and works once', async () => {
    expect(resetLink, 'a reset link was emailed');
    await page.goto(resetLink);
    await page.waitForURL((url) => url.pathname === '/reset-password');
    expect(!page.url().includes('token'), `the token is no longer in the address: ${page.url()}`);
    await page.getByRole('heading', { name: 'Create a new password' }).waitFor();
    await look(page, 'reset-password');

    await page.getByLabel('New password', { exact: true }).fill('harbour lantern meadow 47');
    await page.getByLabel('Confirm new password').fill('harbour lantern meadow 48');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await fieldError(page, 'confirmPassword', 'The passwords do not match');
    for (const [weak, message] of [
      ['short', 'Password must be 12 characters or more'],
      ['password1234', 'Choose a password that is harder to guess'],
    ]) {
      await page.getByLabel('New password', { exact: true }).fill(weak);
      await page.getByLabel('Confirm new password').fill(weak);
      await page.getByRole('button', { name: 'Set new password' }).click();
      await fieldError(page, 'newPassword', message);
    }
    await look(page, 'reset-password-error');

    password.current = 'harbour lantern meadow 47';
    await page.getByLabel('New password', { exact: true }).fill(password.current);
    await page.getByLabel('Confirm new password').fill(password.current);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    banners.reset = (await successBanner(page).count()) ? await successBanner(page).innerText() : '';
    await look(page, 'reset-password-done');

    // the link works once: opened again, it says so before asking for anything
    const again = await newPage();
    await again.goto(resetLink);
    await again.getByRole('heading', { name: 'Your password reset link does not work' }).waitFor();
    expect((await again.getByLabel('New password', { exact: true }).count()) === 0, 'and asks for no password');
    expect((await again.locator('main').innerText()).includes('has expired or has already been used'), 'says why');
    await again.getByRole('button', { name: 'Ask for a new link' }).waitFor();
    expect((await again.getByRole('button', { name: 'Ask for a new link' }).getAttribute('href')) === '/forgotten-password', 'and it offers a new link');
    await look(again, 'reset-link-used');
    await again.context().close();
  });

  await test('after a reset, the sign-in page says the password has been changed', async () => {
    expect(banners.reset?.includes(PASSWORD_RESET_BANNER), `a success banner on /sign-in: "${banners.reset}"`);
  });

  await test('the person signs in with the new password, and the old one no longer works', async () => {
    const old = await newPage();
    await old.goto('/sign-in');
    await old.getByLabel('Username').fill(PORTAL.username);
    await old.getByLabel('Password', { exact: true }).fill(PORTAL.password);
    await old.getByRole('button', { name: 'Sign in' }).click();
    await old.getByText('Enter a correct username and password').first().waitFor();
    await old.context().close();
    await signIn(page, { username: PORTAL.username, password: password.current });
  });

  await test('the Sent emails page shows the trust its own reset email, and no national one', async () => {
    await page.goto('/sent-emails');
    const text = await bodyText(page);
    expect(text.includes('your trust’s emails only (RX1)'), 'says whose emails it shows');
    expect(text.includes(`${RESET_SUBJECT} to ${PORTAL.email}`), 'the trust’s own reset email is listed');
    expect(!text.includes(NATIONAL_EMAIL), 'the National Administrator’s reset email is not');
    await look(page, 'sent-emails-trust');
  });

  await test('a National Administrator sees every trust’s emails on Sent emails, and the national ones', async () => {
    const national = await newPage();
    await signInWithCode(national, NATIONAL, { landing: (url) => !url.pathname.startsWith('/sign-in') });
    await national.goto('/sent-emails');
    const text = await bodyText(national);
    expect(text.includes('every trust’s emails and the national ones'), 'says whose emails it shows');
    expect(text.includes(`${RESET_SUBJECT} to ${PORTAL.email}`), 'a trust’s email is listed');
    expect(text.includes(`${RESET_SUBJECT} to ${NATIONAL_EMAIL}`), 'and the national one');
    await look(national, 'sent-emails-national');
    await national.context().close();
  });

  await test('Your account shows who the person is, and changing the password ends their other sessions', async () => {
    const otherDevice = await newPage();
    await signIn(otherDevice, { username: PORTAL.username, password: password.current });

    await page.goto('/system-management');
    await page.locator('header').getByRole('link', { name: 'Your account' }).click();
    await page.waitForURL('**/account');
    const details = await page.locator('.nhsuk-summary-list').innerText();
    for (const value of ['Pat Portal', PORTAL.username, PORTAL.email, 'Portal Administrator', 'Riverside Demo NHS Foundation Trust', 'your trust does not ask Portal Administrators']) {
      expect(details.includes(value), `the account page shows ${value}: ${details}`);
    }
    await look(page, 'account');

    await page.getByRole('link', { name: 'Change your password' }).click();
    await page.waitForURL('**/account/change-password');
    expect((await bodyText(page)).includes('signs you out on all your other devices'), 'says other sessions end');
    await look(page, 'change-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await fieldError(page, 'currentPassword', 'Enter your current password');
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill('copper kettle orchard 12');
    await page.getByLabel('Confirm new password').fill('copper kettle orchard 12');
    await page.getByRole('button', { name: 'Change password' }).click();
    await fieldError(page, 'currentPassword', 'Your current password is not correct');
    await page.getByLabel('Current password').fill(password.current);
    await page.getByLabel('New password', { exact: true }).fill('password1234');
    await page.getByLabel('Confirm new password').fill('password1234');
    await page.getByRole('button', { name: 'Change password' }).click();
    await fieldError(page, 'newPassword', 'Choose a password that is harder to guess');
    await look(page, 'change-password-error');

    await page.getByLabel('New password', { exact: true }).fill('copper kettle orchard 12');
    await page.getByLabel('Confirm new password').fill('copper kettle orchard 12');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    password.current = 'copper kettle orchard 12';
    expect((await successBanner(page).innerText()).includes(PASSWORD_CHANGED_BANNER), 'a success banner on Your account');
    await look(page, 'password-changed');
    await page.reload();
    await page.locator('h1').waitFor();
    expect((await successBanner(page).count()) === 0, 'the banner is shown once');

    expect(await signedIn(page), 'this session goes on');
    expect(!(await signedIn(otherDevice)), 'the other device is signed out');
    await otherDevice.context().close();
  });

  await test('at phone width (375 px) the account pages do not scroll sideways', async () => {
    const mobile = await newPage(PHONE);
    await mobile.context().addCookies(await page.context().cookies());
    for (const address of ['/account', '/account/change-password', '/account/sign-out-everywhere']) {
      await mobile.goto(address);
      await look(mobile, `mobile-${address.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`);
    }
    const anonymous = await newPage(PHONE);
    for (const address of ['/forgotten-password', '/forgotten-password/check-your-email', '/reset-password']) {
      await anonymous.goto(address);
      await look(anonymous, `mobile-${address.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`);
    }
    await mobile.context().close();
    await anonymous.context().close();
  });

  await test('sign out of all devices asks first, then ends every session, this one too', async () => {
    const otherDevice = await newPage();
    await signIn(otherDevice, { username: PORTAL.username, password: password.current });
    await page.goto('/account');
    await page.getByRole('link', { name: 'Sign out of all devices' }).click();
    await page.waitForURL('**/account/sign-out-everywhere');
    expect((await bodyText(page)).includes('and on this device too'), 'says this device is signed out too');
    await look(page, 'sign-out-everywhere');
    // changing one's mind ends nothing
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    expect(await signedIn(otherDevice), 'cancelling leaves the other device signed in');

    await page.goto('/account/sign-out-everywhere');
    await page.getByRole('button', { name: 'Sign out of all devices' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(!page.url().includes('error='), `signed out, not "session expired": ${page.url()}`);
    banners.signedOutEverywhere = (await successBanner(page).count()) ? await successBanner(page).innerText() : '';
    await look(page, 'signed-out-everywhere');
    expect(!(await signedIn(page)), 'this browser is signed out');
    expect(!(await signedIn(otherDevice)), 'the other device is signed out');
    await otherDevice.context().close();
  });

  await test('after signing out of all devices, the sign-in page says so', async () => {
    expect(banners.signedOutEverywhere?.includes(SIGNED_OUT_EVERYWHERE_BANNER), `a success banner on /sign-in: "${banners.signedOutEverywhere}"`);
  });

  await test('the account pages fetched nothing from outside the portal and broke no Content Security Policy', async () => {
    expect(external.length === 0, `external requests: ${[...new Set(external)].join(', ')}`);
    expect(cspViolations.length === 0, `violations: ${cspViolations.join('\n')}`);
  });

  await browser.close();
  return results;
}
