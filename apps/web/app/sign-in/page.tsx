import type { Metadata } from 'next';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Footer, PageShell } from '@/components/layout/page-shell';
import { Header } from '@/components/nhsuk/header';
import { InsetText } from '@/components/nhsuk/layout-parts';
import { currentApiToken } from '@/lib/auth/api-token';
import { authOptions } from '@/lib/auth/options';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

/** Only paths inside the portal: never send someone elsewhere after signing in. */
function safeCallbackUrl(value: string | undefined): string {
  if (value && value.startsWith('/') && !value.startsWith('//')) return value;
  return '/system-management';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const session = await getServerSession(authOptions());
  if (session && (await currentApiToken())) redirect(safeCallbackUrl(params.callbackUrl));
  return (
    <>
      <Header serviceName="Staff Passport Settings" />
      <PageShell>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            {params.signedOut ? <InsetText>You have signed out.</InsetText> : null}
            <SignInForm callbackUrl={safeCallbackUrl(params.callbackUrl)} initialError={params.error ?? null} />
          </div>
        </div>
      </PageShell>
      <Footer />
    </>
  );
}
