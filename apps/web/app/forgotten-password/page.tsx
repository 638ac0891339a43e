import type { Metadata } from 'next';
import { AnonymousPage } from '@/components/account/anonymous-page';
import { ForgottenPasswordForm } from '@/components/account/forgotten-password-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Forgotten your password?' };

export default function ForgottenPasswordPage() {
  return (
    <AnonymousPage backHref="/sign-in">
      <ForgottenPasswordForm />
    </AnonymousPage>
  );
}
