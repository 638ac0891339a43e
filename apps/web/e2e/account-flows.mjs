// The account flows as people walk them, against the real app, API, worker and database: a National
// Administrator registers and manages trusts; a Senior Portal Administrator manages the trust's portal
// users. Each step saves a screenshot and runs axe (no violation of any rule or impact allowed); at
// phone width (375 px) it also checks that nothing makes the page scroll sideways.
import pg from 'pg';
import { apiSession, completeSignInForm, NATIONAL, nextTotpCode, PORTAL, SENIOR, signIn } from '../../../tests/security/portal/harness.mjs';
import { openPortalBrowser } from './browser.mjs';
import { checker, expect } from './checks.mjs';

/** The API's words when a change would leave a trust with no active Senior Portal Administrator. */
const LAST_SENIOR = /is the trust’s only active Senior Portal Administrator/;

/** `databaseUrl`: the run's database, to hold the trust's row while two administrators act at once. */
export async function runAccountFlows({ baseUrl, apiUrl, databaseUrl, chromium, screenshots, only = null }) {
  const { browser, newPage, look, errorSummary, phoneOf, external } = await openPortalBrowser({ baseUrl, chromium, screenshots, prefix: 'accounts-', timeoutMs: 15_000 });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const results = { passed: 0, failed: 0 };

  const test = checker(results, only);
  const main = (page) => page.locator('main').innerText();
  /** The success banner the change left; `text` when the page already shows an earlier one. */
  const banner = async (page, text) => {
    const found = page.locator('.nhsuk-notification-banner--success', text ? { hasText: text } : {});
    await found.waitFor();
    return found.innerText();
  };

  /** The person's page, from the Portal users table. */
  async function openUser(page, name) {
    await page.goto('/system-management/users');
    await page.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(/\/system-management\/users\/[0-9a-f-]{36}$/);
    return page.url().split('/').pop();
  }

  /** The 'Are you sure' step of a person's action: follow the link, confirm, land back on their page. */
  async function confirmUserAction(page, link, button, name) {
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: /^Are you sure/ }).waitFor();
    await look(page, name);
    await page.getByRole('button', { name: button }).click();
    await page.waitForURL(/\/system-management\/users\/[0-9a-f-]{36}$/);
    return banner(page);
  }

  const userRow = (page, email) => page.locator(`tr[data-user="${email}"]`).innerText();

  const registration = {
    odsCode: 'RZ9',
    name: 'Riverside Zenith NHS Trust',
    people: {
      'Primary contact': ['Priya Primary', 'priya.primary@rz9.nhs.uk', '01632 960 200'],
      'HR support contact': ['Harry Support', 'harry.support@rz9.nhs.uk', '01632 960 201'],
      'Medical HR support contact': ['Dr Meg Medic', 'meg.medic@rz9.nhs.uk', '01632 960 202'],
      'Information governance contact': ['Ivan Governance', 'ivan.governance@rz9.nhs.uk', '01632 960 203'],
      'Data protection officer': ['Dana Protect', 'dana.protect@rz9.nhs.uk', '01632 960 204'],
    },
    teams: {
      'HR team': ['RZ9 HR team', 'hr@rz9.nhs.uk'],
      'Occupational health team': ['RZ9 Occupational health', 'oh@rz9.nhs.uk'],
      'Education and training team': ['RZ9 Education and training', 'et@rz9.nhs.uk'],
    },
    first: ['Freya First', 'freya.first@rz9.nhs.uk'],
  };

  console.log('Account flows:');
  const national = await newPage();

  await test('a National Administrator’s home is the list of trusts, and System management sends them there', async () => {
    await signIn(national, NATIONAL, { landing: '**/trusts' });
    const header = national.locator('header');
    await header.getByRole('link', { name: 'Trusts' }).waitFor();
    expect((await header.getByRole('link', { name: 'System management' }).count()) === 0, 'no System management for a person with no trust');
    await national.goto('/system-management');
    await national.waitForURL('**/trusts');
    await national.goto('/');
    await national.waitForURL('**/trusts');
    expect((await main(national)).includes('Riverside Demo'), 'the demo trust is listed');
    await look(national, 'trusts');
  });

  await test('registering a trust shows every problem at once, each at its field, naming whose field it is', async () => {
    await national.goto('/trusts');
    await national.getByRole('button', { name: 'Register a trust' }).click();
    await national.waitForURL('**/trusts/register');
    await look(national, 'register-trust');
    const [{ ods_code: demoCode }] = (await db.query(`SELECT ods_code FROM organisation WHERE id = (SELECT organisation_id FROM portal_user WHERE username = $1)`, [SENIOR.username])).rows;
    await national.getByLabel('ODS code').fill(demoCode);
    await national.getByRole('button', { name: 'Continue' }).click();
    await national.getByRole('heading', { name: 'Check the registration before you register the trust' }).waitFor();
    await national.getByRole('button', { name: 'Register trust' }).click();
    const summary = await errorSummary(national);
    const text = await summary.innerText();
    expect(text.includes(`A trust with ODS code ${demoCode} is already registered`), `the taken ODS code is one of the errors: ${text}`);
    expect(text.includes('Primary contact: Enter a full name'), 'says whose name is missing');
    expect(text.includes('First Senior Portal Administrator: Enter their full name'), 'the first administrator’s name too');
    expect((await summary.locator('li').count()) >= 20, 'every problem is listed together');
    expect((await summary.locator('li a').count()) === (await summary.locator('li').count()), 'each problem links to its field');
    expect((await national.locator('#contacts-HR_TEAM-email-error').innerText()).includes('Enter an email address for the HR team'), 'the message is at its field');
    await look(national, 'register-trust-errors');
  });

  await test('a National Administrator registers a trust, checking the answers first, and its invitation email is on the Sent emails page', async () => {
    await national.getByLabel('ODS code').fill(registration.odsCode.toLowerCase());
    await national.getByLabel('Name', { exact: true }).fill(registration.name);
    for (const [legend, [name, email, phone]] of Object.entries(registration.people)) {
      const group = national.getByRole('group', { name: legend, exact: true });
      await group.getByLabel('Full name').fill(name);
      await group.getByLabel('Email address').fill(email);
      await group.getByLabel('Telephone').fill(phone);
    }
    for (const [legend, [name, email]] of Object.entries(registration.teams)) {
      const group = national.getByRole('group', { name: legend, exact: true });
      await group.getByLabel('Team name').fill(name);
      await group.getByLabel('Email address').fill(email);
    }
    await national.getByLabel('HR team (optional)').fill('hr.summaries@rz9.nhs.uk');
    const first = national.getByRole('group', { name: 'First Senior Portal Administrator', exact: true });
    await first.getByLabel('Full name').fill(registration.first[0]);
    await first.getByLabel('Email address').fill(registration.first[1]);
    await national.getByRole('button', { name: 'Continue' }).click();
    const checkHeading = national.getByRole('heading', { name: 'Check the registration before you register the trust' });
    await checkHeading.waitFor();
    await national.waitForFunction(() => document.activeElement?.tagName === 'H1', null);
    const answers = await main(national);
    expect(answers.includes('RZ9') && answers.includes('hr.summaries@rz9.nhs.uk') && answers.includes('oh@rz9.nhs.uk (the team’s email address)'), `the answers are shown: ${answers.slice(0, 400)}`);
    await look(national, 'register-trust-check');
    // Change goes back to the answer's field
    await national.getByRole('link', { name: 'Change trust name' }).click();
    await national.waitForFunction(() => document.activeElement?.id === 'name');
    await national.getByRole('button', { name: 'Continue' }).click();
    await checkHeading.waitFor();
    await national.getByRole('button', { name: 'Register trust' }).click();
    await national.waitForURL('**/trusts/RZ9');
    const registered = await banner(national);
    expect(registered.includes(`${registration.name} (RZ9) has been registered`) && registered.includes(registration.first[1]), `banner: ${registered}`);
    expect((await main(national)).includes('Waiting for the first one to accept their invitation'), 'the trust waits for its first administrator');
    await look(national, 'trust-registered');
    // the worker sends the invitation; the Sent emails page lists the .eml files it wrote
    let listed = '';
    for (let attempt = 0; attempt < 40 && !listed.includes(registration.first[1]); attempt += 1) {
      await national.goto('/sent-emails');
      listed = await main(national);
      if (!listed.includes(registration.first[1])) await national.waitForTimeout(500);
    }
    expect(listed.includes(registration.first[1]), `the invitation to ${registration.first[1]} is on the Sent emails page: ${listed.slice(0, 600)}`);
    await look(national, 'sent-emails-invitation');
  });

  await test('a National Administrator deactivates and reactivates a trust, each after an ‘Are you sure’ page, and finds it by search and status', async () => {
    await national.goto('/trusts/RZ9');
    await national.getByRole('link', { name: `Deactivate ${registration.name}` }).click();
    await national.getByRole('heading', { name: `Are you sure you want to deactivate ${registration.name}?` }).waitFor();
    await look(national, 'trust-deactivate');
    await national.getByRole('button', { name: 'Yes, deactivate the trust' }).click();
    await national.waitForURL('**/trusts/RZ9');
    expect((await banner(national)).includes('has been deactivated'), 'deactivated');
    await national.goto('/trusts?status=DEACTIVATED');
    expect((await national.locator('tr[data-ods-code="RZ9"]').count()) === 1, 'listed among the deactivated trusts');
    await national.goto('/trusts?search=zenith&status=ACTIVE');
    expect((await national.locator('tr[data-ods-code="RZ9"]').count()) === 0, 'not among the active ones');
    await national.goto('/trusts/RZ9');
    await national.getByRole('link', { name: `Reactivate ${registration.name}` }).click();
    await national.getByRole('button', { name: 'Yes, reactivate the trust' }).click();
    await national.waitForURL('**/trusts/RZ9');
    expect((await banner(national)).includes('has been reactivated'), 'reactivated');
    await national.getByRole('button', { name: 'Send the invitation again' }).click();
    await banner(national, 'has been sent again');
    await national.goto('/trusts?search=rz9');
    expect((await national.locator('tr[data-ods-code]').count()) === 1, 'the search finds it by ODS code');
    const mobile = await phoneOf(national);
    await mobile.goto('/trusts');
    await look(mobile, 'trusts-phone');
    await mobile.context().close();
  });

  await test('the new trust’s first Senior Portal Administrator accepts the invitation from the Sent emails page, sets up an authenticator app and invites a colleague', async () => {
    // the newest invitation to them (sent again above: the earlier link no longer works)
    let links = [];
    for (let attempt = 0; attempt < 40 && links.length < 2; attempt += 1) {
      await national.goto('/sent-emails');
      links = await national
        .locator('details', { hasText: registration.first[1] })
        .evaluateAll((emails) => emails.map((email) => /https?:\S+\/accept-invitation\?token=[\w-]+/.exec(email.textContent ?? '')?.[0]).filter(Boolean));
      if (links.length < 2) await national.waitForTimeout(500);
    }
    expect(links.length >= 2, `both invitations to ${registration.first[1]} are on the Sent emails page`);
    const freya = await newPage();
    await freya.goto(links[0]);
    expect((await main(freya)).includes(registration.first[0]), 'the invitation greets them by name');
    await freya.getByLabel('Create a password').fill('Zenith-Harbour-Lantern-7');
    await freya.getByLabel('Enter the password again').fill('Zenith-Harbour-Lantern-7');
    await freya.getByRole('button', { name: 'Set password and continue' }).click();
    await freya.waitForURL('**/sign-in/set-up-authenticator**');
    const secret = (await freya.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    await freya.getByLabel('Security code').fill(await nextTotpCode(secret));
    await freya.getByRole('button', { name: 'Continue' }).click();
    await freya.getByTestId('recovery-codes').waitFor();
    await freya.getByRole('button', { name: 'I have saved my recovery codes – continue' }).click();
    await freya.waitForURL('**/system-management');
    expect((await freya.locator('header').innerText()).includes(registration.name), 'signed in to their trust');
    await freya.getByRole('link', { name: 'Portal users', exact: true }).click();
    await freya.getByRole('button', { name: 'Invite a portal user' }).click();
    await freya.getByLabel('Full name').fill('Zac Colleague');
    await freya.getByLabel('Email address').fill('zac.colleague@rz9.nhs.uk');
    await freya.getByLabel('Portal Administrator', { exact: true }).check();
    await freya.getByRole('button', { name: 'Continue' }).click();
    await freya.getByRole('button', { name: 'Send invitation' }).click();
    await freya.waitForURL('**/system-management/users');
    expect((await banner(freya)).includes('An invitation has been sent to Zac Colleague'), 'the colleague is invited');
    expect(/Active/.test(await userRow(freya, registration.first[1])) && /Set up/.test(await userRow(freya, registration.first[1])), 'they are active, with an app');
    await look(freya, 'new-trust-portal-users');
    await freya.context().close();
    await national.goto('/trusts/RZ9');
    expect((await main(national)).includes('1 active'), 'the trust has its first Senior Portal Administrator');
  });

  await test('the national audit log shows the registration, deactivation and reactivation of the trust', async () => {
    await national.goto('/trusts/audit');
    await look(national, 'national-audit');
    const log = await main(national);
    for (const happened of [`registered the trust ${registration.name} (RZ9)`, `deactivated the trust ${registration.name} (RZ9)`, `reactivated the trust ${registration.name} (RZ9)`]) {
      expect(log.includes(`Nat National ${happened}`), `the log says Nat National ${happened}`);
    }
  });
  await national.context().close();

  const portal = await newPage();
  await test('a Portal Administrator neither sees nor opens Portal users, nor the trusts', async () => {
    await signIn(portal, PORTAL);
    expect(!(await main(portal)).includes('Portal users'), 'no Portal users card');
    await portal.goto('/system-management/users');
    await portal.getByRole('heading', { name: 'You cannot manage portal users' }).waitFor();
    await look(portal, 'portal-users-refused');
    await portal.goto('/trusts');
    await portal.getByRole('heading', { name: 'You cannot manage trusts' }).waitFor();
  });

  const senior = await newPage();
  const petra = { name: 'Petra Portal', email: 'petra.portal@riverside-demo.nhs.uk' };

  await test('a Senior Portal Administrator sees Portal users: name, email, role, status, last sign-in and authenticator app', async () => {
    await signIn(senior, SENIOR);
    await senior.getByRole('link', { name: 'Portal users', exact: true }).click();
    await senior.waitForURL('**/system-management/users');
    const sam = await userRow(senior, 'sam.senior@riverside-demo.nhs.uk');
    expect(/Senior Portal Administrator/.test(sam) && /Active/.test(sam) && /Set up/.test(sam) && !/Never/.test(sam), `Sam’s row: ${sam}`);
    await look(senior, 'portal-users');
    const mobile = await phoneOf(senior);
    await mobile.goto('/system-management/users');
    await look(mobile, 'portal-users-phone');
    await mobile.context().close();
  });

  await test('inviting someone: errors at their fields, an address already in use refused, check your answers, then the banner', async () => {
    await senior.getByRole('button', { name: 'Invite a portal user' }).click();
    await senior.waitForURL('**/users/invite');
    await senior.getByRole('button', { name: 'Continue' }).click();
    const summary = await errorSummary(senior);
    expect((await summary.locator('li').count()) === 3, 'name, email and role are asked for');
    await look(senior, 'invite-errors');
    await senior.getByLabel('Full name').fill(petra.name);
    await senior.getByLabel('Email address').fill('pat.portal@riverside-demo.nhs.uk');
    await senior.getByLabel('Portal Administrator', { exact: true }).check();
    await senior.getByRole('button', { name: 'Continue' }).click();
    await senior.getByRole('heading', { name: 'Check the invitation before you send it' }).waitFor();
    await senior.getByRole('button', { name: 'Send invitation' }).click();
    await errorSummary(senior);
    expect((await senior.locator('#email-error').innerText()).includes('already a portal user'), 'an address in use is refused at its field');
    await senior.getByLabel('Email address').fill(petra.email);
    await senior.getByRole('button', { name: 'Continue' }).click();
    await senior.getByRole('heading', { name: 'Check the invitation before you send it' }).waitFor();
    await look(senior, 'invite-check');
    await senior.getByRole('button', { name: 'Send invitation' }).click();
    await senior.waitForURL('**/system-management/users');
    expect((await banner(senior)).includes(`An invitation has been sent to ${petra.name} at ${petra.email}`), 'invitation banner');
    expect(/Invited/.test(await userRow(senior, petra.email)), 'listed as invited');
  });

  await test('a Senior Portal Administrator changes an invited person’s role, withdraws the invitation (deactivating them) and reactivates them', async () => {
    await openUser(senior, petra.name);
    await look(senior, 'portal-user');
    await senior.getByRole('link', { name: 'Change role' }).click();
    await senior.getByLabel('Senior Portal Administrator').check();
    await look(senior, 'change-role');
    await senior.getByRole('button', { name: 'Save role' }).click();
    await senior.waitForURL(/\/system-management\/users\/[0-9a-f-]{36}$/);
    expect((await banner(senior)).includes(`${petra.name} is now a Senior Portal Administrator`), 'role changed');
    expect((await confirmUserAction(senior, 'Withdraw the invitation', 'Yes, withdraw the invitation', 'withdraw-invitation')).includes('has been withdrawn'), 'withdrawn');
    expect((await main(senior)).includes('Deactivated'), 'deactivated');
    expect((await confirmUserAction(senior, `Reactivate ${petra.name}`, 'Yes, reactivate', 'reactivate-invited')).includes('sent a new invitation'), 'invited again');
    expect((await main(senior)).includes('Invited'), 'invited again');
  });

  await test('nobody changes their own role: the page says so', async () => {
    const samId = await openUser(senior, 'Sam Senior');
    expect((await senior.getByRole('link', { name: 'Change role' }).count()) === 0, 'no Change link for your own role');
    await senior.goto(`/system-management/users/${samId}/role`);
    await senior.getByRole('heading', { name: 'You cannot change your own role' }).waitFor();
    await look(senior, 'own-role');
  });

  const pat = { name: 'Pat Portal', email: 'pat.portal@riverside-demo.nhs.uk' };

  await test('deactivating an active Portal Administrator signs them out at once; reactivating lets them sign in again', async () => {
    await portal.goto('/system-management');
    await openUser(senior, pat.name);
    expect((await confirmUserAction(senior, `Deactivate ${pat.name}`, 'Yes, deactivate', 'deactivate')).includes('has been deactivated and signed out'), 'deactivated');
    await portal.goto('/system-management');
    await portal.waitForURL('**/sign-in**');
    expect((await confirmUserAction(senior, `Reactivate ${pat.name}`, 'Yes, reactivate', 'reactivate')).includes('can sign in again'), 'reactivated');
    await signIn(portal, PORTAL);
  });

  // Pat with an authenticator app of their own, set up through the API as the sign-in pages do it.
  let patSecret = null;
  async function enrolPat() {
    const call = async (query, variables) => (await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json();
    const first = await call('mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { status challengeToken } }', { u: PORTAL.username, p: PORTAL.password });
    expect(first.data?.signIn?.status === 'MFA_ENROLMENT_REQUIRED', `Pat is asked to set up an app: ${JSON.stringify(first)}`);
    const started = await call('mutation ($c: String!) { startMfaEnrolment(challengeToken: $c) { secret } }', { c: first.data.signIn.challengeToken });
    patSecret = started.data.startMfaEnrolment.secret;
    const confirmed = await call('mutation ($c: String!, $k: String!) { confirmMfaEnrolment(challengeToken: $c, code: $k) { recoveryCodes } }', {
      c: first.data.signIn.challengeToken,
      k: await nextTotpCode(patSecret),
    });
    expect(confirmed.data?.confirmMfaEnrolment?.recoveryCodes?.length === 10, `enrolled: ${JSON.stringify(confirmed.errors)}`);
  }

  async function setPortalAdministratorMfa(answer) {
    await senior.goto('/system-management/users');
    await senior.getByRole('group', { name: 'Do Portal Administrators need an authenticator app?' }).getByLabel(answer, { exact: true }).check();
    await senior.getByRole('button', { name: 'Save', exact: true }).click();
    return banner(senior);
  }

  await test('a Senior Portal Administrator requires an authenticator app of Portal Administrators, then resets one’s app after an ‘Are you sure’ page', async () => {
    expect((await setPortalAdministratorMfa('Yes')).includes('now need an authenticator app'), 'setting on');
    expect(/Not set up yet: asked for at next sign-in/.test(await userRow(senior, pat.email)), 'Pat will be asked for one');
    await enrolPat();
    await openUser(senior, pat.name);
    expect((await main(senior)).includes('Set up'), 'Pat’s app is set up');
    expect((await confirmUserAction(senior, 'Reset authenticator app', 'Yes, reset authenticator app', 'reset-mfa')).includes('Two-step verification has been reset for Pat Portal'), 'reset');
    const after = await main(senior);
    expect(after.includes('Not set up yet: asked for at next sign-in'), `Pat sets one up again at next sign-in: ${after.slice(0, 400)}`);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM portal_user_recovery_code c JOIN portal_user u ON u.id = c.portal_user_id WHERE u.username = $1`, [PORTAL.username])).rows;
    expect(n === 0, 'their recovery codes are gone too');
  });

  await test('the last active Senior Portal Administrator: when two demote each other at the same moment, one is refused with a clear message', async () => {
    const patId = await openUser(senior, pat.name);
    await senior.getByRole('link', { name: 'Change role' }).click();
    await senior.getByLabel('Senior Portal Administrator').check();
    await senior.getByRole('button', { name: 'Save role' }).click();
    expect((await banner(senior)).includes('is now a Senior Portal Administrator'), 'Pat promoted');
    await enrolPat();
    const patSenior = await newPage();
    await patSenior.goto('/sign-in');
    await completeSignInForm(patSenior, { username: PORTAL.username, password: PORTAL.password, totpSecret: patSecret });
    const samId = (await db.query('SELECT id FROM portal_user WHERE username = $1', [SENIOR.username])).rows[0].id;
    const [{ organisation_id: trustId }] = (await db.query('SELECT organisation_id FROM portal_user WHERE id = $1', [samId])).rows;
    // each opens the other's role and chooses Portal Administrator
    await senior.goto(`/system-management/users/${patId}/role`);
    await senior.getByLabel('Portal Administrator', { exact: true }).check();
    await patSenior.goto(`/system-management/users/${samId}/role`);
    await patSenior.getByLabel('Portal Administrator', { exact: true }).check();
    // the trust's row held until both changes wait on it: then they are decided one after the other
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE', [trustId]);
      await Promise.all([senior.getByRole('button', { name: 'Save role' }).click(), patSenior.getByRole('button', { name: 'Save role' }).click()]);
      let waiting = 0;
      for (let attempt = 0; attempt < 200 && waiting < 2; attempt += 1) {
        waiting = (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n;
        if (waiting < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(waiting >= 2, `both changes wait on the trust (${waiting} waiting)`);
    } finally {
      await holder.query('COMMIT').catch(() => undefined);
      await holder.end();
    }
    const outcome = async (page) =>
      Promise.race([
        page.locator('.nhsuk-error-summary').waitFor().then(() => 'refused'),
        page.locator('.nhsuk-notification-banner--success').waitFor().then(() => 'changed'),
      ]);
    const [samOutcome, patOutcome] = await Promise.all([outcome(senior), outcome(patSenior)]);
    expect([samOutcome, patOutcome].sort().join() === 'changed,refused', `one changed, one refused: Sam ${samOutcome}, Pat ${patOutcome}`);
    const refused = samOutcome === 'refused' ? senior : patSenior;
    const message = await (await errorSummary(refused)).innerText();
    expect(LAST_SENIOR.test(message), `the refusal says why: ${message}`);
    await look(refused, 'last-senior-refused');
    // put the demo trust back: Sam the Senior Portal Administrator, Pat a Portal Administrator without an app
    if (samOutcome === 'refused') {
      // Pat's change went first: Sam is a Portal Administrator now, and Pat the only Senior Portal Administrator
      const patApi = await apiSession(apiUrl, { username: PORTAL.username, password: PORTAL.password, totpSecret: patSecret });
      const restored = await patApi.run('ChangePortalUserRole', { portalUserId: samId, role: 'SENIOR_PORTAL_ADMINISTRATOR' });
      expect(!restored.errors, `Sam is a Senior Portal Administrator again: ${JSON.stringify(restored.errors)}`);
      await openUser(senior, pat.name);
      await senior.getByRole('link', { name: 'Change role' }).click();
      await senior.getByLabel('Portal Administrator', { exact: true }).check();
      await senior.getByRole('button', { name: 'Save role' }).click();
      await banner(senior);
    } else {
      await openUser(senior, pat.name);
    }
    await confirmUserAction(senior, 'Reset authenticator app', 'Yes, reset authenticator app', 'reset-mfa-after-race');
    expect((await setPortalAdministratorMfa('No')).includes('no longer need an authenticator app'), 'setting off again');
    await patSenior.context().close();
  });

  await test('nothing was fetched from outside the portal during the account flows', async () => {
    expect(external.length === 0, `external requests: ${external.slice(0, 5).join(', ')}`);
  });

  await browser.close();
  await db.end();
  return results;
}
