/** Put before a page's title while its form shows errors, as the NHS.UK error summary pattern asks. */
export const ERROR_TITLE_PREFIX = 'Error: ';

/** The full title of a page, as the root layout's title template makes it. */
export const fullTitle = (title: string) => `${title} – Staff Passport Settings – NHS`;
