import { BadUserInputError } from './domain-error';
import { requiredText } from './validation';

/**
 * The one rule for the names people give templates and job roles (docs/domain.md, "A trust's data"):
 * letters, digits, spaces and - ' & ( ) , . only, at most 100 characters. Forms state it with `hint`
 * (the API serves it as `nameRule`), and a refusal names the character at fault, because "special
 * characters" alone leaves people guessing.
 */
export const NAME_RULE = {
  maxLength: 100,
  hint: "Use only letters, numbers, spaces, hyphens (-), apostrophes ('), ampersands (&), brackets, commas and full stops",
} as const;

const ALLOWED_CHARACTER = /^[\p{L}\p{N} \-'&(),.]$/u;

/** Characters people may not recognise by sight, or may take for an allowed one, get a name. */
const CHARACTER_NAMES: Record<string, string> = {
  _: 'an underscore (_)',
  '\t': 'a tab',
  '"': 'a double quote (")',
  '/': 'a forward slash (/)',
  '\\': 'a backslash (\\)',
  '*': 'an asterisk (*)',
  '#': 'a hash (#)',
  '@': 'an at sign (@)',
  '%': 'a percent sign (%)',
  '–': 'an en dash (–): use a hyphen (-)',
  '—': 'an em dash (—): use a hyphen (-)',
  '‘': 'a curly quote (‘): use a straight apostrophe (\')',
  '’': 'a curly apostrophe (’): use a straight one (\')',
};

export type NamedThing = 'Template name' | 'Job role name';

/** A trimmed name that keeps NAME_RULE, or a field error that says which character to remove. */
export function validName(field: string, raw: string, what: NamedThing): string {
  const name = requiredText(field, raw, `a ${what.toLowerCase()}`, NAME_RULE.maxLength);
  const bad = [...name].find((character) => !ALLOWED_CHARACTER.test(character));
  if (bad) {
    const described = CHARACTER_NAMES[bad] ?? `‘${bad}’`;
    throw new BadUserInputError(field, `${what} must not include ${described}. ${NAME_RULE.hint}`);
  }
  return name;
}
