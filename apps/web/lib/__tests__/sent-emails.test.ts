/** @jest-environment node */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { SentEmailsList } from '@/components/sent-emails/sent-emails-list';
import { audienceOf, canSee, listSentEmails, trustOfMessage } from '../sent-emails';

function email({ to, subject, trust, minutesAgo = 0, body = 'Dear HR team,' }: { to: string; subject: string; trust?: string; minutesAgo?: number; body?: string }) {
  return {
    minutesAgo,
    raw: [
      'From: Digital Staff Passport <no-reply@staff-passport.nhs.uk>',
      `To: ${to}`,
      `Subject: ${subject}`,
      'Date: Mon, 23 Nov 2026 08:00:00 +0000',
      ...(trust ? [`X-Staff-Passport-Trust: ${trust}`] : []),
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\r\n'),
  };
}

function folderWith(files: Record<string, { raw: string; minutesAgo: number }>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'sps-sent-emails-'));
  const now = Date.now() / 1000;
  for (const [name, file] of Object.entries(files)) {
    writeFileSync(path.join(folder, name), file.raw);
    utimesSync(path.join(folder, name), now - file.minutesAgo * 60, now - file.minutesAgo * 60);
  }
  return folder;
}

const RX1_SENIOR = { role: 'SENIOR_PORTAL_ADMINISTRATOR', organisation: { odsCode: 'RX1' } };
const RX1_PORTAL = { role: 'PORTAL_ADMINISTRATOR', organisation: { odsCode: 'RX1' } };
const RQ9_SENIOR = { role: 'SENIOR_PORTAL_ADMINISTRATOR', organisation: { odsCode: 'RQ9' } };
const NATIONAL = { role: 'NATIONAL_ADMINISTRATOR', organisation: null };

describe('whose sent emails a person sees', () => {
  const folder = folderWith({
    'summary-rx1.eml': email({ to: 'hr@rx1.nhs.uk', subject: 'Digital Staff Passport: 3 outstanding actions for the HR team', trust: 'RX1', minutesAgo: 3 }),
    'reset-rx1.eml': email({ to: 'pat.portal@rx1.nhs.uk', subject: 'Reset your password', trust: 'RX1', minutesAgo: 2, body: 'https://portal/reset-password?token=rx1-secret' }),
    'invite-rq9.eml': email({ to: 'quinn@rq9.nhs.uk', subject: 'You are invited', trust: 'RQ9', minutesAgo: 1, body: 'https://portal/accept?token=rq9-secret' }),
    'national.eml': email({ to: 'nat@england.nhs.uk', subject: 'Reset your password (national)', minutesAgo: 0 }),
  });
  const subjects = async (viewer: Parameters<typeof audienceOf>[0]) => (await listSentEmails(folder, audienceOf(viewer))).emails.map((e) => e.subject);

  it('shows a trust’s users their own trust’s emails only, newest first', async () => {
    const expected = ['Reset your password', 'Digital Staff Passport: 3 outstanding actions for the HR team'];
    expect(await subjects(RX1_SENIOR)).toEqual(expected);
    expect(await subjects(RX1_PORTAL)).toEqual(expected);
    expect(await subjects(RQ9_SENIOR)).toEqual(['You are invited']);
  });

  it('never shows a trust another trust’s link or a national email', async () => {
    const { emails, total } = await listSentEmails(folder, audienceOf(RX1_SENIOR));
    expect(total).toBe(2);
    expect(emails.map((e) => e.text).join('\n')).not.toContain('rq9-secret');
    expect(emails.some((e) => e.trust === null)).toBe(false);
  });

  it('shows a National Administrator every email, the national ones too', async () => {
    const { emails, total } = await listSentEmails(folder, audienceOf(NATIONAL));
    expect(total).toBe(4);
    expect(emails.map((e) => [e.subject, e.trust])).toEqual([
      ['Reset your password (national)', null],
      ['You are invited', 'RQ9'],
      ['Reset your password', 'RX1'],
      ['Digital Staff Passport: 3 outstanding actions for the HR team', 'RX1'],
    ]);
  });

  it('shows nobody without a role or a trust any email', async () => {
    expect(await subjects(null)).toEqual([]);
    expect(await subjects({ role: null, organisation: { odsCode: 'RX1' } })).toEqual([]);
    expect(await subjects({ role: 'PORTAL_ADMINISTRATOR', organisation: null })).toEqual([]);
  });

  it('counts only what the person may see when it shows the newest few', async () => {
    const { emails, total } = await listSentEmails(folder, audienceOf(RX1_SENIOR), 1);
    expect(emails.map((e) => e.subject)).toEqual(['Reset your password']);
    expect(total).toBe(2);
  });
});

describe('the trust of a message', () => {
  it('is read from the header block, whatever the header’s case or folding', () => {
    expect(trustOfMessage('To: a@b.nhs.uk\r\nx-staff-passport-trust:  RX1 \r\n\r\nbody')).toBe('RX1');
    expect(trustOfMessage('X-Staff-Passport-Trust:\r\n RQ9\r\nSubject: s\r\n\r\nbody')).toBe('RQ9');
  });

  it('is not taken from the body, so an email cannot claim a trust in its text', () => {
    expect(trustOfMessage('To: a@b.nhs.uk\r\n\r\nX-Staff-Passport-Trust: RX1\r\n')).toBeNull();
    expect(trustOfMessage('To: a@b.nhs.uk\nX-Staff-Passport-Trust: \n\nbody')).toBeNull();
  });

  it('matches a trust’s ODS code whatever its case', () => {
    expect(canSee(audienceOf({ role: 'PORTAL_ADMINISTRATOR', organisation: { odsCode: 'rx1' } }), 'RX1')).toBe(true);
    expect(canSee(audienceOf(RX1_PORTAL), 'RX10')).toBe(false);
  });
});

describe('the Sent emails page', () => {
  it('shows the emails as people would get them, without the server’s folders or files', async () => {
    const folder = folderWith({
      'summary-1.eml': email({ to: 'hr@rx1.nhs.uk', subject: 'Digital Staff Passport: 3 outstanding actions for the HR team', trust: 'RX1' }),
    });
    const audience = audienceOf(RX1_SENIOR);
    const html = renderToStaticMarkup(SentEmailsList({ ...(await listSentEmails(folder, audience)), audience }));
    expect(html).toContain('Digital Staff Passport: 3 outstanding actions for the HR team to hr@rx1.nhs.uk');
    expect(html).toContain('Dear HR team,');
    expect(html).toContain('your trust’s emails only (RX1)');
    expect(html).not.toContain(folder);
    expect(html).not.toContain(tmpdir());
    expect(html).not.toContain('summary-1.eml');
  });
});
