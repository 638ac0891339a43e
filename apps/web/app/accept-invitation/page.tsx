import type { Metadata } from 'next';
import { AcceptInvitationForm } from '@/components/auth/accept-invitation-form';
import { SignInFrame } from '@/components/auth/sign-in-page';
import { SummaryList } from '@/components/nhsuk/summary-list';
import { InvitationQuery } from '@/lib/auth/sign-in';
import { env } from '@/lib/env';
import { executeGraphQL } from '@/lib/graphql/execute';
import { ROLE_NAMES } from '@/lib/portal-roles';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Accept your invitation' };

/** The page an invitation email links to: `/accept-invitation?token=…`. */
export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const token = (await searchParams).token?.trim() ?? '';
  const result = token ? await executeGraphQL(env().apiUrl, InvitationQuery, { token }) : null;
  if (result && !result.ok) throw new Error('The API did not answer about the invitation');
  const invitation = result?.ok ? result.data.invitation : null;
  if (!invitation) {
    return (
      <SignInFrame>
        <h1>This invitation link does not work</h1>
        <p>It may have expired (links work for 72 hours), been used already, or been replaced by a newer invitation.</p>
        <p>
          Ask a Senior Portal Administrator of your trust to send your invitation again. If you are your trust’s first administrator, ask
          the NHS England Digital Staff Passport team.
        </p>
        <p>
          Already set your password? <a href="/sign-in">Sign in</a>.
        </p>
      </SignInFrame>
    );
  }
  return (
    <SignInFrame>
      <h1>Accept your invitation to Staff Passport Settings</h1>
      <SummaryList
        rows={[
          { key: 'Name', value: invitation.displayName },
          { key: 'Organisation', value: invitation.trust ? `${invitation.trust.name} (${invitation.trust.odsCode})` : 'NHS England (national)' },
          { key: 'Role', value: ROLE_NAMES[invitation.role] },
          { key: 'Username', value: invitation.email },
        ]}
      />
      <p>You sign in with your email address as your username. Set a password to finish creating your account.</p>
      <AcceptInvitationForm token={token} username={invitation.email} />
    </SignInFrame>
  );
}
