// The portal's flows as a person walks them, against the real app, API and database. Each step
// saves a screenshot and runs axe (no violation of any rule or impact allowed); at phone width
// (375 px) it also checks that nothing makes the page scroll sideways.
import { execFileSync } from 'node:child_process';
import { nextTotpCode, PORTAL, repoRoot, SENIOR, signIn } from '../../../tests/security/portal/harness.mjs';
import { openPortalBrowser } from './browser.mjs';
import { checker, expect } from './checks.mjs';

/** Invited during the run (the National Administrator bootstrap command), then locked out on purpose. */
const INVITED = { displayName: 'Nia National', username: 'nia.national@england.nhs.uk', password: 'Quiet-Lantern-Orchard-42' };
/** The API's nameRule.hint: one rule for template and job role names. */
const NAME_RULE_HINT = "Use only letters, numbers, spaces, hyphens (-), apostrophes ('), ampersands (&), brackets, commas and full stops";

/** `only`: run just the flows whose names match (for a quick run while changing one page). */
export async function runFlows({ baseUrl, apiUrl, databaseUrl, chromium, screenshots, only = null }) {
  const { browser, newPage, look, errorSummary, phoneOf, external, cspViolations } = await openPortalBrowser({ baseUrl, chromium, screenshots });
  const results = { passed: 0, failed: 0 };

  const test = checker(results, only);

  const bodyText = (page) => page.locator('main').innerText();
  const banner = (page) => page.locator('.nhsuk-notification-banner--success').innerText();
  const banners = (page) => page.locator('.nhsuk-notification-banner').count();

  console.log('Flows:');
  const page = await newPage();

  await test('a signed-out user is sent to sign in, and sign-in errors are clear', async () => {
    await page.goto('/system-management/organisation');
    await page.waitForURL('**/sign-in**');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = await errorSummary(page);
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

  await test('organisation details: change a contact, see the banner once, and see where each team’s summary goes', async () => {
    await page.goto('/system-management/organisation');
    const hrTeam = page.getByRole('region', { name: 'HR team' });
    expect((await hrTeam.innerText()).includes('Weekly summary email goes to'), 'the HR team says where its weekly summary goes');
    await hrTeam.getByRole('link', { name: 'Change where the HR team’s weekly summary goes' }).waitFor();
    await look(page, 'organisation');
    await page.getByRole('link', { name: 'Change primary contact details' }).click();
    await page.getByLabel('Full name').waitFor();
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = await errorSummary(page);
    expect((await summary.locator('a[href="#email"]').count()) === 1, 'email error links to #email');
    expect((await page.locator('#email-error').count()) === 1, 'email error shown at the field');
    expect((await page.title()).startsWith('Error: Change contact details'), `the title says there is an error: ${await page.title()}`);
    await look(page, 'organisation-change-error');
    await page.getByLabel('Full name').fill('Priya Patel');
    await page.getByLabel('Email address').fill('priya.patel@rx1.nhs.uk');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/organisation' && url.search === '');
    expect((await banner(page)).includes('The primary contact details were changed successfully'), 'success banner');
    expect(!(await page.title()).startsWith('Error'), 'the title no longer says there is an error');
    expect((await bodyText(page)).includes('priya.patel@rx1.nhs.uk'), 'new details shown');
    await look(page, 'organisation-changed');
    await page.reload();
    await page.locator('h1').waitFor();
    expect((await banners(page)) === 0, 'the banner is shown once: not again after a reload');
  });

  await test('every error of a form shows at once, and saving without a change says nothing was changed', async () => {
    await page.goto('/system-management/organisation');
    await page.getByRole('link', { name: 'Change HR support contact details' }).click();
    await page.getByLabel('Full name').fill('');
    await page.getByLabel('Email address').fill('bad');
    await page.getByLabel('Phone number').fill('zzz');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = await errorSummary(page);
    for (const field of ['name', 'email', 'phone']) {
      expect((await summary.locator(`a[href="#${field}"]`).count()) === 1, `the summary lists the ${field} error`);
      expect((await page.locator(`#${field}-error`).count()) === 1, `the ${field} error is shown at its field`);
    }
    await look(page, 'contact-every-error');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: 'Change HR support contact details' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/organisation');
    expect((await bodyText(page)).includes('Nothing was changed: the HR support contact details are as they were'), 'an unchanged contact says so');
    expect((await page.locator('.nhsuk-notification-banner--success').count()) === 0, 'and does not claim a success');

    await page.goto('/system-management/notifications/occupational-health/email');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/notifications');
    expect((await bodyText(page)).includes('Nothing was changed: the occupational health team’s weekly summary already goes to'), 'an unchanged address says so');
    await page.getByRole('button', { name: 'Save occupational health team notification setting' }).click();
    await page.getByText('Nothing was changed: the occupational health team already gets a weekly summary email').waitFor();
    await look(page, 'notifications-nothing-changed');

    await page.goto('/system-management/job-roles');
    await page.getByRole('link', { name: 'Nursing and Midwifery Registered' }).click();
    await page.getByRole('link', { name: 'Edit Staff nurse', exact: true }).click();
    const jobRoleHint = await page.locator('#name-hint').innerText();
    await page.getByRole('button', { name: 'Save job role' }).click();
    await page.getByText('Nothing was changed: the job role is still called Staff nurse').waitFor();
    await page.goto('/system-management/templates/new');
    const templateHint = await page.locator('#name-hint').innerText();
    expect(jobRoleHint === NAME_RULE_HINT && templateHint === NAME_RULE_HINT, `one name rule, stated alike on both forms: '${jobRoleHint}' / '${templateHint}'`);
  });

  await test('notification settings: change an address, turn a team off, see its contact, preview the email', async () => {
    await page.goto('/system-management/notifications');
    const hrTeam = page.getByRole('region', { name: 'HR team' });
    expect((await hrTeam.innerText()).includes('Team contact in Organisation details'), 'the HR team shows its contact in Organisation details');
    await look(page, 'notifications');
    await page.getByRole('link', { name: 'Change HR team email address' }).click();
    await page.getByLabel('Email address').fill('hr.passport@rx1.nhs.uk');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/notifications' && url.search === '');
    expect((await banner(page)).includes('The HR team’s weekly summary will now go to hr.passport@rx1.nhs.uk'), 'address banner');
    expect((await hrTeam.innerText()).includes('hr.passport@rx1.nhs.uk'), 'new address shown');
    await page.locator('#hr-enabled-2').check();
    await page.getByRole('button', { name: 'Save HR team notification setting' }).click();
    await page.getByText('it does not get a weekly summary email').waitFor();
    await page.reload();
    expect(await page.locator('#hr-enabled-2').isChecked(), 'HR notifications are off after reload');
    await page.getByText('Preview the weekly summary email for the occupational health team').click();
    expect((await bodyText(page)).includes('Subject: Digital Staff Passport'), 'email preview shown');
    await look(page, 'notifications-saved');
    // the two addresses are told apart on Organisation details too
    await page.goto('/system-management/organisation');
    const hrOnOrganisation = await page.getByRole('region', { name: 'HR team' }).innerText();
    expect(hrOnOrganisation.includes('hr.passport@rx1.nhs.uk') && hrOnOrganisation.includes('turned off'), `organisation details show the new summary address: ${hrOnOrganisation}`);
  });

  await test('notification settings: send a team’s summary now, after confirming where it goes', async () => {
    await page.goto('/system-management/notifications');
    await page.getByRole('link', { name: 'Send this week’s summary now to the occupational health team' }).click();
    await page.getByRole('heading', { name: /^Send the occupational health team’s summary to .+@.+ now\?$/ }).waitFor();
    const address = (await page.locator('h1').innerText()).match(/to (\S+@\S+) now/)[1];
    await look(page, 'send-summary-now-confirm');
    await page.getByRole('button', { name: 'Yes, send it now' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/notifications');
    expect((await banner(page)).includes(`This week’s summary for the occupational health team is being sent to ${address}`), 'says where it went');
    await look(page, 'send-summary-now-sent');
    await page.goto('/system-management/audit');
    expect((await bodyText(page)).includes(`Sam Senior sent the occupational health team’s weekly summary to ${address}`), 'recorded in the audit log');
  });

  await test('automatic issuance: nothing changed says so, unsaved ticks are not lost silently, then save everything', async () => {
    await page.goto('/system-management/credentials');
    await look(page, 'credentials');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.nhsuk-notification-banner').waitFor();
    expect((await banners(page)) === 1 && (await page.locator('.nhsuk-notification-banner--success').count()) === 0, 'no success banner when nothing changed');
    expect((await page.locator('.nhsuk-notification-banner').innerText()).includes('There was nothing to save'), 'says there was nothing to change');
    await look(page, 'credentials-nothing-to-save');

    const first = page.locator('fieldset').first();
    const boxes = first.locator('input[type=checkbox]');
    const count = await boxes.count();
    expect(count > 0, 'the first category has credentials');
    const before = await boxes.first().isChecked();
    await first.getByRole('button').click();
    const toggled = await Promise.all(Array.from({ length: count }, (_, i) => boxes.nth(i).isChecked()));
    expect(toggled.every((v) => v === toggled[0]), 'the category toggle set every credential the same');

    // the portal's own links ask first, and staying keeps the ticks
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      return dialog.dismiss();
    });
    await page.locator('header').getByRole('link', { name: 'System management' }).click();
    await page.waitForTimeout(300);
    expect(asked.includes('not saved'), `a link asks before leaving unsaved changes: "${asked}"`);
    expect(new URL(page.url()).pathname === '/system-management/credentials', 'staying keeps the page');
    expect((await boxes.first().isChecked()) === toggled[0], 'and the ticks');
    // closing or reloading the page gets the browser's own warning
    const warned = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(warned, 'beforeunload is cancelled while changes are unsaved');

    const ids = await Promise.all(Array.from({ length: count }, (_, i) => boxes.nth(i).getAttribute('id')));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    expect((await banner(page)).includes('Automatic issuance settings have been saved'), 'saved banner');
    for (const id of ids) expect((await page.locator(`#${id}`).isChecked()) === toggled[0], `credential ${id} saved`);
    expect(before !== toggled[0] || toggled.every(Boolean), 'the toggle changed something');
    await look(page, 'credentials-saved');
    // saved: leaving no longer asks
    await page.locator('header').getByRole('link', { name: 'System management' }).click();
    await page.waitForURL('**/system-management');
  });

  let templateId = '';
  await test('templates: a name with _ is refused at the field, the answers are checked, changed and saved', async () => {
    await page.goto('/system-management/templates');
    await look(page, 'templates');
    expect((await bodyText(page)).includes('In effect'), 'marks templates in effect');
    await page.getByRole('button', { name: 'Create a custom template' }).click();
    await page.getByLabel('Template name').fill('Nursing_bank staff');
    await page.getByLabel('Staff group').selectOption({ label: '03 Nursing and Midwifery Registered' });
    await page.getByLabel('Temporary mover (contracted by another organisation)').check();
    await page.locator('input[name=categoryIds]').first().check();
    await page.locator('input[name=credentialIds]').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = await errorSummary(page);
    expect((await summary.innerText()).includes('underscore'), 'the API message is in the summary');
    expect((await summary.locator('a[href="#name"]').count()) === 1, 'links to #name');
    expect((await page.locator('#name-error').innerText()).includes('underscore'), 'the message is at the field');
    expect(await page.getByLabel('Temporary mover (contracted by another organisation)').isChecked(), 'ticks survive the error');
    await look(page, 'template-name-error');
    await page.getByLabel('Template name').fill('Nursing bank staff (temporary)');
    await page.getByRole('button', { name: 'Continue' }).click();

    // check your answers: every answer, how many staff it will apply to, and nothing saved yet
    await page.waitForURL('**/templates/new/check?*');
    await page.getByRole('heading', { name: 'Check the template before you save it' }).waitFor();
    const answers = await page.locator('.nhsuk-summary-list').innerText();
    for (const expected of ['Nursing bank staff (temporary)', '03 Nursing and Midwifery Registered', 'All job roles in this staff group', 'Temporary mover', 'All of']) {
      expect(answers.includes(expected), `the check page shows ${expected}`);
    }
    expect(/Staff it will apply to\s+(No staff members|[\d,]+ staff members?)/.test(answers), `says how many staff it will apply to: ${answers}`);
    await look(page, 'template-check');
    await page.goto('/system-management/templates');
    expect(!(await bodyText(page)).includes('Nursing bank staff (temporary)'), 'nothing is saved before Save');
    await page.goBack();

    // Change goes back to the form with everything as entered
    await page.getByRole('link', { name: 'Change template name' }).click();
    await page.waitForURL('**/templates/new?*');
    expect((await page.getByLabel('Template name').inputValue()) === 'Nursing bank staff (temporary)', 'the name is kept');
    expect(await page.getByLabel('Temporary mover (contracted by another organisation)').isChecked(), 'the employment type is kept');
    expect(await page.locator('input[name=categoryIds]').first().isChecked(), 'the category is kept');
    await page.getByLabel('Template name').fill('Nursing bank staff (temporary movers)');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/templates/new/check?*');
    expect((await page.locator('.nhsuk-summary-list').innerText()).includes('Nursing bank staff (temporary movers)'), 'the changed name is checked');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/templates' && url.search === '');
    expect((await banner(page)).includes('The template Nursing bank staff (temporary movers) has been saved'), 'saved banner');
    templateId = await page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Nursing bank staff (temporary movers)', exact: true }) })
      .getAttribute('data-template-id');
    // the worker recomputes in the background: the page says so while the run waits or runs, and stops
    // once the worker has stored the results (waited for, up to 30 s)
    for (let tries = 0; tries < 60 && (await bodyText(page)).includes('Staff counts are being updated after a recent change'); tries += 1) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    expect(!(await bodyText(page)).includes('Staff counts are being updated after a recent change'), 'the counts are current once the worker has run');
    await look(page, 'template-saved');
  });

  await test('templates: the effective template tool shows the custom template, then change it through the check step', async () => {
    await page.goto('/system-management/templates/effective');
    await page.getByLabel('Staff group').selectOption({ label: '03 Nursing and Midwifery Registered' });
    await page.getByLabel('Temporary mover (contracted by another organisation)').check();
    await page.getByRole('button', { name: 'Check template' }).click();
    await page.waitForURL('**/effective?*');
    await page.locator('#effective-result').waitFor();
    expect((await bodyText(page)).includes('Nursing bank staff (temporary movers)'), 'the custom template applies');
    await look(page, 'effective-template');
    await page.goto(`/system-management/templates/${templateId}/change`);
    await page.getByLabel('Template name').fill('Nursing bank staff');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`**/templates/${templateId}/change/check?*`);
    await look(page, 'template-change-check');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/templates');
    expect((await banner(page)).includes('The template Nursing bank staff has been saved'), 'changed banner');
    await page.goto(`/system-management/templates/${templateId}`);
    await look(page, 'template-details');
  });

  await test('templates: a staff group at a time (a GET form that works without scripts), with contents links', async () => {
    await page.goto('/system-management/templates');
    const contents = page.getByRole('navigation', { name: 'Staff groups on this page' });
    expect((await contents.getByRole('link').count()) === 10, 'a contents link per staff group');
    await contents.getByRole('link', { name: '09 Estates and Ancillary' }).click();
    expect(new URL(page.url()).hash === '#staff-group-09', 'the link goes to its staff group');
    const noScript = await newPage(undefined, { javaScriptEnabled: false });
    await noScript.context().addCookies(await page.context().cookies());
    await noScript.goto('/system-management/templates');
    await noScript.getByLabel('Show templates for').selectOption({ label: '03 Nursing and Midwifery Registered' });
    await noScript.getByRole('button', { name: 'Show templates' }).click();
    await noScript.waitForURL('**/templates?staffGroup=03');
    const headings = await noScript.locator('main h2').allInnerTexts();
    expect(headings.includes('03 Nursing and Midwifery Registered') && !headings.includes('01 Medical and Dental'), `only the chosen staff group: ${headings.join(', ')}`);
    expect((await noScript.locator('main').innerText()).includes('Nursing bank staff'), 'with its custom templates');
    await noScript.context().close();
    await page.goto('/system-management/templates?staffGroup=03');
    await look(page, 'templates-one-staff-group');
  });

  await test('templates: a default template cannot be deleted or changed, and says why', async () => {
    await page.goto('/system-management/templates?staffGroup=03');
    expect((await page.locator('tr', { hasText: 'national' }).getByRole('link', { name: /^Delete/ }).count()) === 0, 'defaults have no delete');
    const defaultId = await page.locator('tr', { hasText: 'Default (national)' }).first().getAttribute('data-template-id');
    await page.goto(`/system-management/templates/${defaultId}/delete`);
    await page.getByRole('heading', { name: 'Default templates cannot be deleted' }).waitFor();
    const text = await bodyText(page);
    expect(!text.includes('Only a Senior Portal Administrator'), 'does not blame the role');
    expect((await page.getByRole('button', { name: /delete/i }).count()) === 0, 'no delete button');
    await look(page, 'template-default-delete');
    await page.goto(`/system-management/templates/${defaultId}/change`);
    await page.getByRole('heading', { name: 'Default templates cannot be changed' }).waitFor();
  });

  await test('templates: deleting asks to confirm, the default applies again, and going back finds nothing (404)', async () => {
    await page.goto('/system-management/templates');
    // the list says how many staff each template applies to (the seed worked it out for the demo trust)
    await page.locator('main').getByText(/^[1-9][\d,]* staff members?$/).first().waitFor({ timeout: 5000 });
    await page.getByRole('link', { name: 'Delete Nursing bank staff' }).click();
    await page.waitForURL('**/delete');
    await page.getByRole('button', { name: 'Yes, delete this template' }).waitFor();
    expect((await bodyText(page)).includes('The default template will apply again'), 'warns the default applies again');
    await look(page, 'template-delete-confirm');
    await page.getByRole('button', { name: 'Yes, delete this template' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/templates' && url.search === '');
    expect((await banner(page)).includes('The template Nursing bank staff has been deleted'), 'deleted banner');
    await page.goBack();
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    const reloaded = await page.reload();
    expect(reloaded.status() === 404, `the deleted template's page answers 404 (got ${reloaded.status()})`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.waitForFunction(() => document.title.startsWith('Page not found'));
    await look(page, 'template-gone');
    await page.goto(`/system-management/templates/effective`);
    await page.getByLabel('Staff group').selectOption({ label: '03 Nursing and Midwifery Registered' });
    await page.getByLabel('Temporary mover (contracted by another organisation)').check();
    await page.getByRole('button', { name: 'Check template' }).click();
    await page.locator('#effective-result').waitFor();
    expect((await bodyText(page)).includes('national default template'), 'the default applies again');
  });

  await test('pages for things that do not exist answer 404 with a way on', async () => {
    for (const address of [
      '/system-management/templates/not-a-template',
      '/system-management/templates/00000000-0000-4000-8000-000000000000/delete',
      '/system-management/job-roles/not-a-staff-group',
      '/system-management/notifications/no-such-team/email',
      '/system-management/organisation/contacts/00000000-0000-4000-8000-000000000000',
    ]) {
      const response = await page.goto(address);
      expect(response.status() === 404, `${address} answers 404 (got ${response.status()})`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    }
    await page.getByRole('link', { name: 'Credentials required templates' }).waitFor();
    await look(page, 'not-found');
  });

  let hospitalPorterDelete = '';
  await test('job roles: add one and go on to create its template, told it was created and with it pre-selected', async () => {
    await page.goto('/system-management/job-roles');
    await look(page, 'job-roles');
    await page.getByRole('link', { name: 'Estates and Ancillary' }).click();
    await page.getByRole('heading', { name: 'Estates and Ancillary' }).waitFor();
    await look(page, 'job-roles-staff-group');
    await page.getByRole('button', { name: 'Add a new job role' }).click();
    await page.getByLabel('Job role name').fill('Hospital porter');
    await page.getByLabel('Create job role and create a ‘credentials required’ policy').check();
    await look(page, 'job-role-new');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/templates/new?*');
    expect((await banner(page)).includes('The job role Hospital porter has been created'), 'says the job role was created');
    const group = await page.getByLabel('Staff group').locator('option:checked').innerText();
    const role = await page.getByLabel('Job role (optional)').locator('option:checked').innerText();
    expect(group.includes('Estates and Ancillary') && role === 'Hospital porter', `pre-selected ${group} / ${role}`);
    await look(page, 'template-for-new-job-role');
    await page.getByLabel('Template name').fill('Hospital porters');
    await page.getByLabel('Permanent or fixed-term contract').check();
    await page.locator('input[name=categoryIds]').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/templates/new/check?*');
    expect((await page.locator('.nhsuk-summary-list').innerText()).includes('Hospital porter'), 'the job role is in the answers');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/templates');
    expect((await banner(page)).includes('The template Hospital porters has been saved'), 'template saved');
    await page.goto('/system-management/job-roles');
    await page.getByRole('link', { name: 'Estates and Ancillary' }).click();
    hospitalPorterDelete = await page.getByRole('link', { name: 'Delete Hospital porter' }).getAttribute('href');
  });

  await test('job roles: one a template uses cannot be deleted, and the page says so up front, naming the template', async () => {
    await page.goto(hospitalPorterDelete);
    await page.getByRole('heading', { name: 'You cannot delete the job role Hospital porter' }).waitFor();
    expect((await page.getByRole('button', { name: /delete/i }).count()) === 0, 'no delete button');
    await page.getByRole('link', { name: 'Hospital porters' }).waitFor();
    await look(page, 'job-role-delete-used');
    await page.getByRole('link', { name: 'Hospital porters' }).click();
    await page.getByRole('heading', { name: 'Hospital porters' }).waitFor();
  });

  await test('job roles: create and go back, edit, delete and cancel', async () => {
    await page.goto('/system-management/job-roles');
    await page.getByRole('link', { name: 'Estates and Ancillary' }).click();
    await page.getByRole('button', { name: 'Add a new job role' }).click();
    await page.getByLabel('Job role name').fill('Domestic assistant');
    await page.getByLabel('Create job role and go back to manage job roles').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Estates and Ancillary' }).waitFor();
    expect((await banner(page)).includes('Domestic assistant has been created'), 'created banner');
    expect(new URL(page.url()).search === '', 'nothing about the change is in the address');
    await page.getByRole('link', { name: 'Edit Domestic assistant' }).click();
    await page.getByLabel('Job role name').fill('Domestic services assistant');
    await page.getByRole('button', { name: 'Save job role' }).click();
    await page.getByRole('heading', { name: 'Estates and Ancillary' }).waitFor();
    expect((await banner(page)).includes('Domestic services assistant has been saved'), 'changed banner');
    await page.getByRole('link', { name: 'Delete Domestic services assistant' }).click();
    await page.getByRole('button', { name: 'Yes, delete this job role' }).click();
    await page.getByRole('heading', { name: 'Estates and Ancillary' }).waitFor();
    expect((await banner(page)).includes('The job role Domestic services assistant has been deleted'), 'deleted banner');
    expect(!(await page.locator('table').innerText()).includes('Domestic services assistant'), 'gone from the list');
    await page.getByRole('button', { name: 'Add a new job role' }).click();
    await page.getByLabel('Cancel and go back to manage job roles').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Add a new job role' }).waitFor();
    await look(page, 'job-roles-after');
  });

  await test('success banners come only from changes made, never from text in the address', async () => {
    const staffGroupPage = new URL(page.url()).pathname;
    for (const address of [
      '/system-management/templates?deleted=ALL%20STAFF%20RECORDS&nowInEffect=nothing',
      '/system-management/templates?saved=00000000-0000-4000-8000-000000000000',
      `${staffGroupPage}?deleted=ALL%20STAFF%20RECORDS&added=x&changed=y`,
      '/system-management/notifications?saved=hr&changed=hr',
      '/system-management/credentials?saved=3',
      '/system-management/organisation?changed=anything',
    ]) {
      await page.goto(address);
      await page.locator('h1').waitFor();
      expect((await banners(page)) === 0, `no banner on ${address}`);
      expect(!(await page.locator('body').innerText()).includes('ALL STAFF RECORDS'), `nothing from the address is shown on ${address}`);
    }
  });

  await test('audit: each change is a sentence naming the item, with what changed by name, filtered by kind and date', async () => {
    await page.goto('/system-management/audit');
    const text = await bodyText(page);
    expect(text.includes('Sam Senior deleted the template ‘Nursing bank staff’'), 'a sentence naming the deleted template');
    expect(text.includes('Sam Senior created the job role ‘Hospital porter’ in Estates and Ancillary'), 'a sentence naming the job role');
    expect(!/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/.test(text) && !text.includes('template.deleted'), 'no ids or codes');
    expect(/Showing 1 to \d+ of \d+ changes/.test(text), 'says how many');
    const created = page.locator('tr', { hasText: 'Sam Senior created the template ‘Hospital porters’' });
    await created.getByText('What changed').click();
    const details = await created.locator('.nhsuk-summary-list').innerText();
    expect(details.includes('Estates and Ancillary') && details.includes('Hospital porter'), `the details name the staff group and job role: ${details}`);
    await look(page, 'audit');

    await page.getByLabel('Kind of change').selectOption({ label: 'Job roles' });
    await page.getByRole('button', { name: 'Show changes' }).click();
    await page.waitForURL('**/audit?kind=JOB_ROLES*');
    const sentences = await page.locator('tbody tr').allInnerTexts();
    expect(sentences.length > 0 && sentences.every((row) => row.includes('job role')), `only job role changes: ${sentences.length}`);

    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date()).split('/');
    await page.getByRole('group', { name: 'From' }).getByLabel('Day').fill(today[0]);
    await page.getByRole('group', { name: 'From' }).getByLabel('Month').fill(today[1]);
    await page.getByRole('group', { name: 'From' }).getByLabel('Year').fill(today[2]);
    await page.getByRole('button', { name: 'Show changes' }).click();
    await page.waitForURL('**/audit?kind=JOB_ROLES&fromDay=*');
    expect((await page.locator('tbody tr').count()) === sentences.length, 'everything happened today');

    await page.getByRole('group', { name: 'To' }).getByLabel('Day').fill('31');
    await page.getByRole('group', { name: 'To' }).getByLabel('Month').fill('2');
    await page.getByRole('group', { name: 'To' }).getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Show changes' }).click();
    const summary = await errorSummary(page);
    expect((await summary.innerText()).includes('The ‘to’ date must be a real date'), 'a date that is not real is refused');
    expect((await page.title()).startsWith('Error: Audit log'), `the title says there is an error: ${await page.title()}`);
    await look(page, 'audit-filter-error');
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.pathname === '/system-management/audit' && url.search === '');

    await page.goto('/system-management/audit?perPage=5');
    const first = await page.locator('tbody tr').first().innerText();
    await page.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL('**/audit?page=2&perPage=5');
    await page.getByText(/Showing 6 to/).waitFor();
    expect((await page.locator('tbody tr').first().innerText()) !== first, 'page 2 shows other changes');
    await page.getByRole('link', { name: /Previous/ }).waitFor();
    await look(page, 'audit-page-2');
  });

  await test('at phone width (375 px) no page scrolls sideways', async () => {
    const mobile = await phoneOf(page);
    const staffGroup = (await (await mobile.request.get('/system-management/job-roles')).text()).match(/\/system-management\/job-roles\/([0-9a-f-]{36})/)[1];
    for (const address of [
      '/system-management',
      '/system-management/organisation',
      '/system-management/notifications',
      '/system-management/notifications/hr/send',
      '/system-management/credentials',
      '/system-management/templates',
      '/system-management/templates?staffGroup=09',
      '/system-management/templates/new',
      '/system-management/templates/effective',
      '/system-management/job-roles',
      `/system-management/job-roles/${staffGroup}`,
      '/system-management/audit',
      '/system-management/templates/not-a-template',
    ]) {
      await mobile.goto(address);
      await look(mobile, `mobile-${address.replace('/system-management', '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}`);
    }
    // the template flow's check page
    await mobile.goto('/system-management/templates/new');
    await mobile.getByLabel('Template name').fill('Mobile check');
    await mobile.getByLabel('Staff group').selectOption({ label: '05 Additional Professional Scientific and Technical' });
    await mobile.getByLabel('Temporary mover (contracted by another organisation)').check();
    await mobile.locator('input[name=categoryIds]').first().check();
    await mobile.getByRole('button', { name: 'Continue' }).click();
    await mobile.waitForURL('**/check?*');
    await look(mobile, 'mobile-template-check');
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
      expect((await main.getByRole('link', { name: /^(Change|Create|Add|Edit|Delete|Send)\b/ }).count()) === 0, `${area} has no change links`);
      expect((await main.getByRole('button', { name: /^(Change|Create|Add|Edit|Delete|Send)\b/ }).count()) === 0, `${area} has no change buttons`);
      expect((await main.locator('form:not([role=search]), input').count()) === 0, `${area} has no forms`);
      await look(page, `read-only-${area}`);
    }
    await page.goto('/system-management/notifications/hr/email');
    expect((await bodyText(page)).includes('You cannot change these settings'), 'forms are refused');
    await page.goto('/system-management/notifications/hr/send');
    expect((await bodyText(page)).includes('You cannot send a summary now'), 'sending now is refused');
    await look(page, 'read-only-send-now');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in?signedOut=1');
  });

  await test('an invited person sets a password, sets up their authenticator app, keeps recovery codes and signs in with one', async () => {
    // the bootstrap command prints the one-time link a National Administrator is given
    const printed = execFileSync(
      process.execPath,
      ['apps/api/dist/accounts/admin-command.js', 'create-national', '--name', INVITED.displayName, '--email', INVITED.username],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: databaseUrl, PORTAL_URL: baseUrl }, encoding: 'utf8' },
    );
    const link = /https?:\S+\/accept-invitation\?token=\S+/.exec(printed)?.[0];
    expect(link, `the command printed a link: ${printed}`);
    const invited = await newPage();
    await invited.goto(link);
    const details = await bodyText(invited);
    expect(details.includes('Accept your invitation') && details.includes('Nia National') && details.includes('National Administrator'), `shows the invitation: ${details}`);
    await look(invited, 'accept-invitation');

    await invited.getByLabel('Create a password').fill(INVITED.password);
    await invited.getByLabel('Enter the password again').fill('Quiet-Lantern-Orchard-43');
    await invited.getByRole('button', { name: 'Set password and continue' }).click();
    expect((await (await errorSummary(invited)).innerText()).includes('do not match'), 'the passwords must match');
    await invited.getByLabel('Create a password').fill('password1234');
    await invited.getByLabel('Enter the password again').fill('password1234');
    await invited.getByRole('button', { name: 'Set password and continue' }).click();
    await invited.locator('#newPassword-error').waitFor();
    await look(invited, 'accept-invitation-weak-password');

    await invited.getByLabel('Create a password').fill(INVITED.password);
    await invited.getByLabel('Enter the password again').fill(INVITED.password);
    await invited.getByRole('button', { name: 'Set password and continue' }).click();
    await invited.waitForURL('**/sign-in/set-up-authenticator**');
    await invited.locator('img[alt^="QR code"]').waitFor();
    const secret = (await invited.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    expect(/^[A-Z2-7]{16,}$/.test(secret), `shows the secret as text: ${secret}`);
    await look(invited, 'set-up-authenticator');
    await invited.getByLabel('Security code').fill('000000');
    await invited.getByRole('button', { name: 'Continue' }).click();
    expect((await (await errorSummary(invited)).innerText()).includes('not correct'), 'a wrong code is refused');
    await invited.getByLabel('Security code').fill(await nextTotpCode(secret));
    await invited.getByRole('button', { name: 'Continue' }).click();
    await invited.getByTestId('recovery-codes').waitFor();
    const codes = await invited.getByTestId('recovery-codes').locator('code').allInnerTexts();
    expect(codes.length === 10 && codes.every((code) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(code)), `ten recovery codes: ${codes.join(' ')}`);
    await look(invited, 'recovery-codes');
    await invited.getByRole('button', { name: 'I have saved my recovery codes – continue' }).click();
    await invited.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await invited.locator('header').getByText(INVITED.displayName).waitFor();

    const again = await newPage();
    await again.goto(link);
    expect((await bodyText(again)).includes('This invitation link does not work'), 'the link works once');
    await again.context().close();

    await invited.getByRole('button', { name: 'Sign out' }).click();
    await invited.waitForURL('**/sign-in?signedOut=1');
    const withRecoveryCode = async () => {
      await invited.getByLabel('Username').fill(INVITED.username);
      await invited.getByLabel('Password').fill(INVITED.password);
      await invited.getByRole('button', { name: 'Sign in' }).click();
      await invited.waitForURL('**/sign-in/code**');
      await look(invited, 'sign-in-code');
      await invited.getByLabel('Security code').fill(codes[0].toLowerCase());
      await invited.getByRole('button', { name: 'Continue' }).click();
    };
    await withRecoveryCode();
    await invited.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await invited.getByRole('button', { name: 'Sign out' }).click();
    await invited.waitForURL('**/sign-in?signedOut=1');
    await withRecoveryCode();
    expect((await (await errorSummary(invited)).innerText()).includes('recovery code is not correct or has been used'), 'a recovery code works once');
    await invited.context().close();
  });

  // the person invited above: the demo users stay usable for the attack suite that follows
  await test('a locked account gets a clear message', async () => {
    const page = await newPage();
    for (let i = 0; i < 10; i += 1) {
      await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { signIn(username: "${INVITED.username}", password: "wrong") { token } }` }),
      });
    }
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill(INVITED.username);
    await page.getByLabel('Password').fill(INVITED.password);
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
