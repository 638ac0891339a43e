/** @jest-environment node */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import SentEmailsPage from '../page';

const EMAIL = [
  'From: Digital Staff Passport <no-reply@staff-passport.nhs.uk>',
  'To: hr@rx1.nhs.uk',
  'Subject: Digital Staff Passport: 3 outstanding actions for the HR team',
  'Date: Mon, 23 Nov 2026 08:00:00 +0000',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear HR team,',
  '',
].join('\r\n');

describe('the Sent emails page', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'sps-sent-emails-'));
  beforeAll(() => {
    writeFileSync(path.join(folder, 'summary-1.eml'), EMAIL);
    process.env.MAIL_DIR = folder;
  });
  afterAll(() => {
    delete process.env.MAIL_DIR;
  });

  it('shows the emails as teams would get them, without the server’s folders or files', async () => {
    const html = renderToStaticMarkup(await SentEmailsPage());
    expect(html).toContain('Digital Staff Passport: 3 outstanding actions for the HR team to hr@rx1.nhs.uk');
    expect(html).toContain('Dear HR team,');
    expect(html).not.toContain(folder);
    expect(html).not.toContain(tmpdir());
    expect(html).not.toContain('summary-1.eml');
  });
});
