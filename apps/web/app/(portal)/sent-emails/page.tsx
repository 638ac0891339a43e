import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { SentEmailsList } from '@/components/sent-emails/sent-emails-list';
import { serverQuery } from '@/lib/apollo/server-client';
import { audienceOf, listSentEmails, sentEmailsFolder } from '@/lib/sent-emails';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sent emails' };

const SentEmailsPageQuery = graphql(`
  query SentEmailsPage {
    me {
      role
      organisation {
        odsCode
      }
    }
  }
`);

/**
 * Development only (`npm start` without a mail server): the emails the worker kept as .eml files,
 * newest first, as people would get them; each trust's users see their own trust's only.
 * Absent when MAIL_DIR is not set.
 */
export default async function SentEmailsPage() {
  const folder = sentEmailsFolder();
  if (!folder) notFound();
  const { me } = await serverQuery(SentEmailsPageQuery);
  const audience = audienceOf(me);
  const { emails, total } = await listSentEmails(folder, audience);
  return (
    <PageShell>
      <SentEmailsList emails={emails} total={total} audience={audience} />
    </PageShell>
  );
}
