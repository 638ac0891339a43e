import type { Metadata } from 'next';
import { TemplateCheckPage } from '@/components/templates/template-check-page';
import type { SearchParams } from '@/lib/template-draft';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Check the template before you save it' };

export default async function NewTemplateCheckPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <TemplateCheckPage templateId={null} searchParams={await searchParams} />;
}
