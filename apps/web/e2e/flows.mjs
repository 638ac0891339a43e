// The portal's flows as a person walks them, against the real app, API and database. Each step
// saves a screenshot and runs an axe check (no serious or critical violations allowed).
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { chromium as playwright } from 'playwright-core';
import { checker, expect } from './checks.mjs';

const SENIOR = { username: 'senior.admin', password: 'Passport-Senior-2026' };
const PORTAL = { username: 'portal.admin', password: 'Passport-Portal-2026' };

export async function runFlows({ baseUrl, apiUrl, chromium, screenshots }) {
  const browser = await playwright.launch({
    executablePath: chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results = { passed: 0, failed: 0 };
  const external = [];
  const cspViolations = [];
  let shot = 0;

  async function newPage(viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport, baseURL: baseUrl });
    // Nothing may be fetched from outside the portal (fonts, CDNs, analytics).
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && cspViolations.push(`${page.url()}: ${message.text()}`));
    return page;
  }

  /** Screenshot and accessibility check of the page as it is now. */
  async function look(page, name) {
    await page.waitForLoadState('networkidle');
    shot += 1;
    const file = path.join(screenshots, `${String(shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.length === 0,
      `axe on ${name}: ${bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('; ')}`,
    );
  }

  const test = checker(results);

  const bodyText = (page) => page.locator('main').innerText();
  const banner = (page) => page.locator('.nhsuk-notification-banner--success').innerText();

  async function signIn(page, user) {
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/system-management');
  }

  async function errorSummary(page) {
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect((await summary.getAttribute('role')) === 'alert', 'error summary has role=alert');
    await page.waitForFunction(() => document.activeElement?.classList.contains('nhsuk-error-summary'));
    return summary;
  }

  console.log('Flows:');
  const page = await newPage();

  await test('a signed-out user is sent to sign in, and sign-in errors are clear', async () => {
    await page.goto('/system-management/organisation');
    await page.waitForURL('**/sign-in**');
    await page.getByRole('button', { name: 'Sign in' }).click();
    let summary = await errorSummary(page);
    expect((await summary.innerText()).includes('Enter your username'), 'asks for the username');
    expect((await summary.locator('a[href="#username"]').count()) === 1, 'links to #username');
    await look(page, 'sign-in-empty');
    await page.getByLabel('Username').fill(SENIOR.username);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a correct username and password').first().waitFor();
    await look(page, 'sign-in-wrong-password');
  });

  await test('the skip link is the first thing the keyboard reaches', async () => {
    await page.goto('/sign-in');
    await page.keyboard.press('Tab');
    expect((await page.evaluate(() => document.activeElement?.textContent)) === 'Skip to main content', 'skip link focused first');
  });

  await test('a Senior Portal Administrator signs in and sees System management', async () => {
    await signIn(page, SENIOR);
    await page.locator('header').getByRole('link', { name: 'System management' }).waitFor();
    expect((await page.locator('header').innerText()).includes('Sam Senior'), 'header names the user');
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.includes('next-auth.session-token'));
    expect(session?.httpOnly, 'session cookie is HttpOnly');
    const pageSession = await page.evaluate(() => fetch('/api/auth/session').then((r) => r.text()));
    expect(!/apiToken|token"/.test(pageSession.replace('"expires"', '')), `the API token is not exposed to page scripts: ${pageSession}`);
    await look(page, 'system-management');
  });

  await test('organisation details: change a contact and see the success banner', async () => {
    await page.goto('/system-management/organisation');
    await look(page, 'organisation');
    const change = page.getByRole('link', { name: 'Change primary contact details' });
    await change.click();
    await page.getByLabel('Full name').waitFor();
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = await errorSummary(page);
    expect((await summary.locator('a[href="#email"]').count()) === 1, 'email error links to #email');
    expect((await page.locator('#email-error').count()) === 1, 'email error shown at the field');
    await look(page, 'organisation-change-error');
    await page.getByLabel('Full name').fill('Priya Patel');
    await page.getByLabel('Email address').fill('priya.patel@rx1.nhs.uk');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/system-management/organisation?changed=*');
    expect((await banner(page)).includes('were changed successfully'), 'success banner');
    expect((await bodyText(page)).includes('priya.patel@rx1.nhs.uk'), 'new details shown');
    await look(page, 'organisation-changed');
  });

  await test('notification settings: change an address, turn a team off, preview the email', async () => {
    await page.goto('/system-management/notifications');
    await look(page, 'notifications');
    await page.getByRole('link', { name: 'Change HR team email address' }).click();
    await page.getByLabel('Email address').fill('hr.passport@rx1.nhs.uk');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/notifications?changed=hr');
    expect((await banner(page)).includes('email address was changed successfully'), 'address banner');
    expect((await bodyText(page)).includes('hr.passport@rx1.nhs.uk'), 'new address shown');
    await page.locator('#hr-enabled-2').check();
    await page.getByRole('button', { name: 'Save HR team notification setting' }).click();
    await page.waitForURL('**/notifications?saved=hr');
    expect((await banner(page)).includes('have been saved'), 'saved banner');
    await page.reload();
    expect(await page.locator('#hr-enabled-2').isChecked(), 'HR notifications are off after reload');
    await page.getByText('Preview the weekly summary email for the occupational health team').click();
    expect((await bodyText(page)).includes('Subject: Digital Staff Passport'), 'email preview shown');
    await look(page, 'notifications-saved');
  });

  await test('automatic issuance: toggle a category and save everything at once', async () => {
    await page.goto('/system-management/credentials');
    await look(page, 'credentials');
    const first = page.locator('fieldset').first();
    const boxes = first.locator('input[type=checkbox]');
    const count = await boxes.count();
    expect(count > 0, 'the first category has credentials');
    const before = await boxes.first().isChecked();
    await first.getByRole('button').click();
    const toggled = await Promise.all(Array.from({ length: count }, (_, i) => boxes.nth(i).isChecked()));
    expect(toggled.every((v) => v === toggled[0]), 'the category toggle set every credential the same');
    const ids = await Promise.all(Array.from({ length: count }, (_, i) => boxes.nth(i).getAttribute('id')));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/credentials?saved=*');
    expect((await banner(page)).includes('All automatic issuance settings have been saved'), 'saved banner');
    for (const id of ids) expect((await page.locator(`#${id}`).isChecked()) === toggled[0], `credential ${id} saved`);
    expect(before !== toggled[0] || toggled.every(Boolean), 'the toggle changed something');
    await look(page, 'credentials-saved');
  });

  let templateId = '';
  await test('templates: a name with _ is refused at the field, then the template is saved', async () => {
    await page.goto('/system-management/templates');
    await look(page, 'templates');
    expect((await bodyText(page)).includes('In effect'), 'marks templates in effect');
    await page.getByRole('button', { name: 'Create a custom template' }).click();
    await page.getByLabel('Template name').fill('Nursing_bank staff');
    await page.getByLabel('Staff group').selectOption({ label: '03 Nursing and Midwifery Registered' });
    await page.getByLabel('Temporary mover (contracted by another organisation)').check();
    await page.locator('input[name=categoryIds]').first().check();
    await page.locator('input[name=credentialIds]').first().check();
    await page.getByRole('button', { name: 'Save template' }).click();
    const summary = await errorSummary(page);
    expect((await summary.innerText()).includes('underscore'), 'the API message is in the summary');
    expect((await summary.locator('a[href="#name"]').count()) === 1, 'links to #name');
    expect((await page.locator('#name-error').innerText()).includes('underscore'), 'the message is at the field');
    expect(await page.getByLabel('Temporary mover (contracted by another organisation)').isChecked(), 'ticks survive the error');
    await look(page, 'template-name-error');
    await page.getByLabel('Template name').fill('Nursing bank staff (temporary)');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL('**/templates?saved=*');
    templateId = new URL(page.url()).searchParams.get('saved');
    expect((await banner(page)).includes('Nursing bank staff (temporary) has been saved'), 'saved banner');
    // no worker runs in these tests, so the run the change queued stays queued and the page says so
    expect((await bodyText(page)).includes('Staff counts are being updated after a recent change'), 'says the counts are being updated');
    await look(page, 'template-saved');
  });

  await test('templates: the effective template tool shows the custom template, then change it', async () => {
    await page.goto('/system-management/templates/effective');
    await page.getByLabel('Staff group').selectOption({ label: '03 Nursing and Midwifery Registered' });
    await page.getByLabel('Temporary mover (contracted by another organisation)').check();
    await page.getByRole('button', { name: 'Check template' }).click();
    await page.waitForURL('**/effective?*');
    await page.locator('#effective-result').waitFor();
    expect((await bodyText(page)).includes('Nursing bank staff (temporary)'), 'the custom template applies');
    await look(page, 'effective-template');
    await page.goto(`/system-management/templates/${templateId}/change`);
    await page.getByLabel('Template name').fill('Nursing bank staff');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL('**/templates?saved=*');
    expect((await banner(page)).includes('Nursing bank staff has been saved'), 'changed banner');
    await page.goto(`/system-management/templates/${templateId}`);
    await look(page, 'template-details');
  });

  await test('templates: deleting asks to confirm and the default applies again', async () => {
    await page.goto('/system-management/templates');
    expect((await page.locator('tr', { hasText: 'national default' }).getByRole('link', { name: /^Delete/ }).count()) === 0, 'defaults have no delete');
    // the list says how many staff each template applies to (the seed worked it out for the demo trust)
    await page.locator('main').getByText(/^[1-9][\d,]* staff members?$/).first().waitFor({ timeout: 5000 });
    await page.getByRole('link', { name: 'Delete Nursing bank staff' }).click();
    await page.waitForURL('**/delete');
    await page.getByRole('button', { name: 'Yes, delete this template' }).waitFor();
    expect((await bodyText(page)).includes('The default template will apply again'), 'warns the default applies again');
    await look(page, 'template-delete-confirm');
    await page.getByRole('button', { name: 'Yes, delete this template' }).click();
    await page.waitForURL('**/templates?deleted=*');
    expect((await banner(page)).includes('has been deleted'), 'deleted banner');
    await page.goto(`/system-management/templates/effective`);
    await page.getByLabel('Staff group').selectOption({ label: '03 Nursing and Midwifery Registered' });
    await page.getByLabel('Temporary mover (contracted by another organisation)').check();
    await page.getByRole('button', { name: 'Check template' }).click();
    await page.locator('#effective-result').waitFor();
    expect((await bodyText(page)).includes('national default template'), 'the default applies again');
  });

  await test('job roles: add one and go on to create its template with it pre-selected', async () => {
    await page.goto('/system-management/job-roles');
    await look(page, 'job-roles');
    await page.getByRole('link', { name: 'Manage job roles in Estates and Ancillary' }).click();
    await page.getByRole('heading', { name: 'Estates and Ancillary' }).waitFor();
    await look(page, 'job-roles-staff-group');
    await page.getByRole('button', { name: 'Add a new job role' }).click();
    await page.getByLabel('Job role name').fill('Hospital porter');
    await page.getByLabel('Create job role and create a credentials required policy').check();
    await look(page, 'job-role-new');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/templates/new?*');
    const group = await page.getByLabel('Staff group').locator('option:checked').innerText();
    const role = await page.getByLabel('Job role (optional)').locator('option:checked').innerText();
    expect(group.includes('Estates and Ancillary') && role === 'Hospital porter', `pre-selected ${group} / ${role}`);
    await page.getByLabel('Template name').fill('Hospital porters');
    await page.getByLabel('Permanent or fixed-term contract').check();
    await page.locator('input[name=categoryIds]').first().check();
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL('**/templates?saved=*');
    expect((await banner(page)).includes('Hospital porters has been saved'), 'template saved');
  });

  await test('job roles: create and go back, edit, delete and cancel', async () => {
    await page.goto('/system-management/job-roles');
    await page.getByRole('link', { name: 'Manage job roles in Estates and Ancillary' }).click();
    await page.getByRole('button', { name: 'Add a new job role' }).click();
    await page.getByLabel('Job role name').fill('Domestic assistant');
    await page.getByLabel('Create job role and go back to manage job roles').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/job-roles/*?added=*');
    expect((await banner(page)).includes('Domestic assistant has been created'), 'created banner');
    await page.getByRole('link', { name: 'Edit Domestic assistant' }).click();
    await page.getByLabel('Job role name').fill('Domestic services assistant');
    await page.getByRole('button', { name: 'Save job role' }).click();
    await page.waitForURL('**/job-roles/*?changed=*');
    expect((await banner(page)).includes('Domestic services assistant has been saved'), 'changed banner');
    await page.getByRole('link', { name: 'Delete Domestic services assistant' }).click();
    await page.getByRole('button', { name: 'Yes, delete this job role' }).click();
    await page.waitForURL('**/job-roles/*?deleted=*');
    expect((await banner(page)).includes('has been deleted'), 'deleted banner');
    expect(!(await page.locator('table').innerText()).includes('Domestic services assistant'), 'gone from the list');
    await page.getByRole('button', { name: 'Add a new job role' }).click();
    await page.getByLabel('Cancel and go back to manage job roles').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Add a new job role' }).waitFor();
    await look(page, 'job-roles-after');
  });

  await test('audit: changes are listed with who made them, page by page', async () => {
    await page.goto('/system-management/audit');
    const text = await bodyText(page);
    expect(text.includes('Sam Senior'), 'names who made changes');
    expect(/Showing 1 to \d+ of \d+ changes/.test(text), 'says how many');
    await look(page, 'audit');
    await page.goto('/system-management/audit?perPage=5');
    const first = await page.locator('tbody tr').first().innerText();
    await page.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL('**/audit?page=2&perPage=5');
    await page.getByText(/Showing 6 to/).waitFor();
    expect((await page.locator('tbody tr').first().innerText()) !== first, 'page 2 shows other changes');
    await page.getByRole('link', { name: /Previous/ }).waitFor();
    await look(page, 'audit-page-2');
  });

  await test('pages work at mobile width', async () => {
    const mobile = await newPage({ width: 375, height: 800 });
    await mobile.context().addCookies(await page.context().cookies());
    for (const area of ['organisation', 'templates', 'audit']) {
      await mobile.goto(`/system-management/${area}`);
      const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const wide = await mobile.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.app-table-wrapper'))
          .slice(0, 3)
          .map((e) => `${e.tagName}.${e.className}`),
      );
      expect(overflow <= 1, `${area} has no sideways scrolling at 375px (overflow ${overflow}px: ${wide.join(', ')})`);
      await look(mobile, `mobile-${area}`);
    }
    await mobile.context().close();
  });

  await test('sign out ends the session', async () => {
    await page.goto('/system-management');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in?signedOut=1');
    expect((await bodyText(page)).includes('You have signed out'), 'says so');
    await page.goto('/system-management/organisation');
    await page.waitForURL('**/sign-in**');
    expect(!(await bodyText(page)).includes('Your session has expired'), 'signing out is not a session expiring');
    await look(page, 'signed-out');
  });

  await test('a Portal Administrator sees read-only pages', async () => {
    await signIn(page, PORTAL);
    for (const area of ['organisation', 'notifications', 'credentials', 'templates', 'job-roles']) {
      await page.goto(`/system-management/${area}`);
      const main = page.locator('main');
      expect((await main.innerText()).includes('Only a Senior Portal Administrator can change them'), `${area} says it is read-only`);
      expect((await main.getByRole('link', { name: /^(Change|Create|Add|Edit|Delete)\b/ }).count()) === 0, `${area} has no change links`);
      expect((await main.getByRole('button', { name: /^(Change|Create|Add|Edit|Delete)\b/ }).count()) === 0, `${area} has no change buttons`);
      expect((await main.locator('input, form').count()) === 0, `${area} has no forms`);
      await look(page, `read-only-${area}`);
    }
    await page.goto('/system-management/notifications/hr/email');
    expect((await bodyText(page)).includes('You cannot change these settings'), 'forms are refused');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in?signedOut=1');
  });

  await test('a locked account gets a clear message', async () => {
    const page = await newPage();
    for (let i = 0; i < 10; i += 1) {
      await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signIn(username: "portal.admin", password: "wrong") { token } }' }),
      });
    }
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill(PORTAL.username);
    await page.getByLabel('Password').fill(PORTAL.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your account is locked').first().waitFor();
    await look(page, 'sign-in-locked');
    await page.context().close();
  });

  await test('nothing was fetched from outside the portal', async () => {
    expect(external.length === 0, `external requests: ${[...new Set(external)].join(', ')}`);
  });

  await test('no page broke its Content Security Policy', async () => {
    expect(cspViolations.length === 0, `violations: ${cspViolations.join('\n')}`);
  });

  await browser.close();
  return results;
}
