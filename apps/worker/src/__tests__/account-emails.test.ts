import {
  acceptInvitation,
  deactivatePortalUser,
  inviteNationalAdministrator,
  invitePortalUser,
  LEFT_FOR_THE_RECOVERY_SWEEP,
  OPERATOR,
  requestPasswordReset,
  resetPassword,
} from '@staff-passport/core';
import { aPerson, aTrust, createTestDatabase, signInContext, type TestDatabase } from '@staff-passport/core/testing';
import { startWorker, type RunningWorker } from '../worker-app';
import { randomPrefix, startSmtpServer, testQueues, testWorkerConfig, waitFor } from './support';

/** Account emails (rule 7) through the real worker and a real SMTP server: the link in each works once. */

let db: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let queues: ReturnType<typeof testQueues>;
let worker: RunningWorker;

beforeAll(async () => {
  db = await createTestDatabase('account_emails');
  const prefix = randomPrefix('account-email');
  smtp = await startSmtpServer();
  queues = testQueues(prefix);
  worker = await startWorker(testWorkerConfig(db, prefix, smtp.port), { dataSource: db.dataSource, log: () => undefined });
});
afterAll(async () => {
  await worker.stop();
  await queues.obliterateAll();
  await smtp.close();
  await db.drop();
});

const mailTo = (address: string) => waitFor(`an email to ${address}`, () => smtp.received.find((mail) => mail.envelopeTo.includes(address)));
/** The token of the link to `path` in an email's text. */
const linkIn = (text: string, path: string) => new RegExp(`https://portal\\.test\\.nhs\\.uk${path}\\?token=([A-Za-z0-9_-]+)`).exec(text)![1];

it('sends an invitation in HTML and text, for the trust, whose link works once', async () => {
  const trust = await aTrust(db.dataSource);
  const senior = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { displayName: 'Sam Senior' });
  await invitePortalUser({ dataSource: db.dataSource, jobs: queues }, senior.actor, { displayName: 'Ivy Invitee', email: 'ivy@worker.test.nhs.uk', role: 'PORTAL_ADMINISTRATOR' });
  const mail = await mailTo('ivy@worker.test.nhs.uk');
  expect(mail.parsed.subject).toBe(`You have been invited to the Digital Staff Passport portal for ${trust.odsCode} Test NHS Trust`);
  expect(mail.parsed.headers.get('x-staff-passport-trust')).toBe(trust.odsCode);
  expect(mail.parsed.text).toContain('Sam Senior has invited you to be a Portal Administrator');
  expect(mail.parsed.text).toContain('https://portal.test.nhs.uk/accept-invitation?token=');
  expect(mail.parsed.html).toContain('>NHS</span>');
  expect(mail.parsed.html).toContain('href="https://portal.test.nhs.uk/accept-invitation?token=');
  await waitFor('the dispatch recorded as sent', async () => (await db.dataSource.query(`SELECT status FROM account_email_dispatch WHERE recipient = 'ivy@worker.test.nhs.uk'`))[0]?.status === 'SENT');

  const token = linkIn(mail.parsed.text!, '/accept-invitation');
  expect((await acceptInvitation(signInContext(db), token, 'ivy league harbour lantern')).status).toBe('SIGNED_IN');
  await expect(acceptInvitation(signInContext(db), token, 'ivy league harbour lantern')).rejects.toMatchObject({ field: 'token' });
});

it('sends a password reset whose link works once, and tells a deactivated person', async () => {
  const trust = await aTrust(db.dataSource);
  const senior = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { displayName: 'Sam Senior' });
  const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
  await requestPasswordReset({ dataSource: db.dataSource, jobs: queues }, person.email);
  const reset = await mailTo(person.email);
  expect(reset.parsed.subject).toBe('Reset your Digital Staff Passport password');
  const token = linkIn(reset.parsed.text!, '/reset-password');
  await waitFor('the link stored', async () => (await db.dataSource.query(`SELECT token_hash FROM password_reset WHERE portal_user_id = $1`, [person.id]))[0]?.token_hash);
  await resetPassword(signInContext(db), token, 'a brand new passphrase');
  await expect(resetPassword(signInContext(db), token, 'another new passphrase')).rejects.toMatchObject({ field: 'token' });

  await deactivatePortalUser({ dataSource: db.dataSource, jobs: queues }, senior.actor, person.id);
  await waitFor('the deactivation email', () => smtp.received.find((mail) => mail.parsed.subject === 'Your Digital Staff Passport account has been deactivated'));
});

it('sends what was recorded without a queue once the recovery sweep runs, and a national email without a trust header', async () => {
  await inviteNationalAdministrator({ dataSource: db.dataSource, jobs: LEFT_FOR_THE_RECOVERY_SWEEP }, OPERATOR, { name: 'Nat Ional', email: 'nat@england.test.nhs.uk' });
  // the bootstrap hands its link over itself: no email. A trust's recorded-but-not-queued invitation is swept up:
  const trust = await aTrust(db.dataSource);
  const senior = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
  await invitePortalUser({ dataSource: db.dataSource, jobs: LEFT_FOR_THE_RECOVERY_SWEEP }, senior.actor, { displayName: 'Sid Swept', email: 'sid@worker.test.nhs.uk', role: 'PORTAL_ADMINISTRATOR' });
  await db.dataSource.query(`UPDATE account_email_dispatch SET created_at = now() - interval '2 hours' WHERE recipient = 'sid@worker.test.nhs.uk'`);
  await worker.sweep();
  await mailTo('sid@worker.test.nhs.uk');
  expect(smtp.received.some((mail) => mail.envelopeTo.includes('nat@england.test.nhs.uk'))).toBe(false);

  const [{ id }] = await db.dataSource.query(`SELECT id FROM portal_user WHERE email = 'nat@england.test.nhs.uk'`);
  await db.dataSource.query(`UPDATE portal_user SET status = 'ACTIVE', password_hash = 'x' WHERE id = $1`, [id]);
  await requestPasswordReset({ dataSource: db.dataSource, jobs: queues }, 'nat@england.test.nhs.uk');
  const national = await mailTo('nat@england.test.nhs.uk');
  expect(national.parsed.headers.get('x-staff-passport-trust')).toBeUndefined();
});
