'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { TEMPLATES_PATH } from '@/lib/navigation';
import { draftQuery, type TemplateDraft } from '@/lib/template-draft';
import { graphql } from '@/src/gql';
import type { CreateCredentialsRequiredTemplateInput } from '@/src/gql/graphql';

const PreviewTemplateQuery = graphql(`
  query PreviewTemplate($input: TemplateReachPreviewInput!) {
    templateReachPreview(input: $input) {
      staffMemberCount
    }
  }
`);

const CreateTemplateMutation = graphql(`
  mutation CreateCredentialsRequiredTemplate($input: CreateCredentialsRequiredTemplateInput!) {
    createCredentialsRequiredTemplate(input: $input) {
      id
      name
    }
  }
`);

const UpdateTemplateMutation = graphql(`
  mutation UpdateCredentialsRequiredTemplate($input: UpdateCredentialsRequiredTemplateInput!) {
    updateCredentialsRequiredTemplate(input: $input) {
      id
      name
    }
  }
`);

const TemplateNameQuery = graphql(`
  query TemplateName($id: ID!) {
    credentialsRequiredTemplate(id: $id) {
      name
    }
  }
`);

const TemplateAsSavedQuery = graphql(`
  query TemplateAsSaved($id: ID!) {
    credentialsRequiredTemplate(id: $id) {
      name
      staffGroup {
        id
      }
      jobRole {
        id
      }
      employmentTypes
      credentials {
        id
      }
      categories {
        id
      }
    }
  }
`);

const sameSet = (a: readonly string[] | null | undefined, b: readonly string[]) => {
  const left = new Set(a ?? []);
  return left.size === new Set(b).size && b.every((item) => left.has(item));
};

const DeleteTemplateMutation = graphql(`
  mutation DeleteCredentialsRequiredTemplate($id: ID!) {
    deleteCredentialsRequiredTemplate(id: $id) {
      nowInEffect {
        name
      }
    }
  }
`);

/** Where the form of a new template (no id) or of a template being changed lives. */
const formPath = (templateId: string | null) => (templateId ? `${TEMPLATES_PATH}/${templateId}/change` : `${TEMPLATES_PATH}/new`);

/**
 * The form's Continue: the API checks the draft as saving would; if it would save, on to the
 * check-your-answers page with the draft, otherwise back to the form's fields with the errors.
 */
export async function checkTemplate(templateId: string | null, draft: TemplateDraft, input: CreateCredentialsRequiredTemplateInput): Promise<ActionFailure | void> {
  const result = await callApi(PreviewTemplateQuery, { input: { ...input, id: templateId } });
  if (!result.ok) return { error: result.error };
  redirect(`${formPath(templateId)}/check?${draftQuery(draft)}`);
}

/**
 * The check page's Save: creates or changes the template, then back to the list with a banner. A
 * template saved exactly as it is changes nothing (the API records nothing), and the banner says so.
 */
export async function saveTemplate(templateId: string | null, input: CreateCredentialsRequiredTemplateInput): Promise<ActionFailure | void> {
  if (templateId) {
    const saved = await callApi(TemplateAsSavedQuery, { id: templateId });
    if (!saved.ok) return { error: saved.error };
    const current = saved.data.credentialsRequiredTemplate;
    if (
      current &&
      current.name === input.name.trim().replace(/\s+/g, ' ') &&
      current.staffGroup.id === input.staffGroupId &&
      (current.jobRole?.id ?? null) === (input.jobRoleId || null) &&
      sameSet(input.employmentTypes, current.employmentTypes) &&
      sameSet(input.credentialIds, current.credentials.map((credential) => credential.id)) &&
      sameSet(input.categoryIds, current.categories.map((category) => category.id))
    ) {
      await setFlash({ kind: 'information', page: TEMPLATES_PATH, message: `Nothing was changed: the template ${current.name} is as it was` });
      redirect(TEMPLATES_PATH);
    }
  }
  const result = templateId
    ? await callApi(UpdateTemplateMutation, { input: { ...input, id: templateId } })
    : await callApi(CreateTemplateMutation, { input });
  if (!result.ok) return { error: result.error };
  const saved = 'createCredentialsRequiredTemplate' in result.data ? result.data.createCredentialsRequiredTemplate : result.data.updateCredentialsRequiredTemplate;
  await setFlash({ kind: 'success', page: TEMPLATES_PATH, message: `The template ${saved.name} has been saved` });
  redirect(TEMPLATES_PATH);
}

export async function deleteTemplate(id: string): Promise<ActionFailure | void> {
  const template = await callApi(TemplateNameQuery, { id });
  if (!template.ok) return { error: template.error };
  const result = await callApi(DeleteTemplateMutation, { id });
  if (!result.ok) return { error: result.error };
  const name = template.data.credentialsRequiredTemplate?.name;
  const now = result.data.deleteCredentialsRequiredTemplate.nowInEffect.map((t) => t.name).join(', ');
  await setFlash({
    kind: 'success',
    page: TEMPLATES_PATH,
    message: `${name ? `The template ${name}` : 'The template'} has been deleted. ${now ? `${now} now applies again.` : 'The default template applies again.'}`,
  });
  redirect(TEMPLATES_PATH);
}
