/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n": typeof types.PortalLayoutDocument,
    "\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n": typeof types.ChangeContactPageDocument,
    "\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        id\n        label\n      }\n      ...ContactsSummary_Organisation\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    organisation {\n      name\n      odsCode\n    }\n  }\n": typeof types.PortalHeader_ViewerFragmentDoc,
    "\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n": typeof types.ContactForm_ContactFragmentDoc,
    "\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      ...ContactForm_Contact\n    }\n  }\n": typeof types.UpdateOrganisationContactDocument,
    "\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n  }\n": typeof types.ContactsSummary_OrganisationFragmentDoc,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        id\n        displayName\n        role\n        canChangeSettings\n      }\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n": types.PortalLayoutDocument,
    "\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n": types.ChangeContactPageDocument,
    "\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        id\n        label\n      }\n      ...ContactsSummary_Organisation\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    organisation {\n      name\n      odsCode\n    }\n  }\n": types.PortalHeader_ViewerFragmentDoc,
    "\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n": types.ContactForm_ContactFragmentDoc,
    "\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      ...ContactForm_Contact\n    }\n  }\n": types.UpdateOrganisationContactDocument,
    "\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n  }\n": types.ContactsSummary_OrganisationFragmentDoc,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        id\n        displayName\n        role\n        canChangeSettings\n      }\n    }\n  }\n": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n"): (typeof documents)["\n  query PortalLayout {\n    me {\n      ...PortalHeader_Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeContactPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        ...ContactForm_Contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        id\n        label\n      }\n      ...ContactsSummary_Organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage {\n    me {\n      canChangeSettings\n    }\n    organisation {\n      contacts {\n        id\n        label\n      }\n      ...ContactsSummary_Organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    organisation {\n      name\n      odsCode\n    }\n  }\n"): (typeof documents)["\n  fragment PortalHeader_Viewer on Viewer {\n    displayName\n    organisation {\n      name\n      odsCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment ContactForm_Contact on Contact {\n    id\n    label\n    isTeam\n    name\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      ...ContactForm_Contact\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationContact($input: UpdateOrganisationContactInput!) {\n    updateOrganisationContact(input: $input) {\n      ...ContactForm_Contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment ContactsSummary_Organisation on Organisation {\n    name\n    odsCode\n    contacts {\n      id\n      label\n      isTeam\n      name\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        id\n        displayName\n        role\n        canChangeSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        id\n        displayName\n        role\n        canChangeSettings\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;