import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';

export default function NotFound() {
  return (
    <PageShell>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it was correct.</p>
      <p>
        <Link href="/system-management">Go to System management</Link>
      </p>
    </PageShell>
  );
}
