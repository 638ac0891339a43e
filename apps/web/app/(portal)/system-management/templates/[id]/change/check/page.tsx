import type { Metadata } from 'next';
import { TemplateCheckPage } from '@/components/templates/template-check-page';
import type { SearchParams } from '@/lib/template-draft';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Check the template before you save it' };

export default async function ChangedTemplateCheckPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  return <TemplateCheckPage templateId={(await params).id} searchParams={await searchParams} />;
}
