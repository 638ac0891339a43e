import { CannotChange } from '@/components/layout/read-only-notice';

/** What the change and delete pages of a national default template say instead of a form. */
export function DefaultTemplateNotice({ cannotBe, backHref }: { cannotBe: 'changed' | 'deleted'; backHref: string }) {
  return (
    <CannotChange
      backHref={backHref}
      heading={`Default templates cannot be ${cannotBe}`}
      reason="National default templates are the same for every trust and apply whenever none of your custom templates does, so they are always kept as they are. To ask for different credentials, create a custom template for your trust: it takes the default’s place for the staff it covers."
      backText="Go back to the template"
    />
  );
}
