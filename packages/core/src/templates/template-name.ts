import { BadUserInputError } from '../common/domain-error';
import { requiredText } from '../common/validation';

const ALLOWED_CHARACTER = /^[\p{L}\p{N} \-'&(),.]$/u;

/** Characters people may not recognise by sight get a name in the message. */
const CHARACTER_NAMES: Record<string, string> = {
  _: 'underscore (_)',
  ' ': 'space',
  '\t': 'tab',
  '"': 'double quote (")',
  '/': 'forward slash (/)',
  '\\': 'backslash (\\)',
  '*': 'asterisk (*)',
  '#': 'hash (#)',
  '@': 'at sign (@)',
  '%': 'percent sign (%)',
};

/**
 * A template name: letters, digits, spaces and - ' & ( ) , . only. The message names the first
 * character that is not allowed, because "special characters" alone leaves people guessing.
 */
export function validTemplateName(raw: string): string {
  const name = requiredText('name', raw, 'a template name', 100);
  const bad = [...name].find((character) => !ALLOWED_CHARACTER.test(character));
  if (bad) {
    const described = CHARACTER_NAMES[bad] ?? `‘${bad}’`;
    throw new BadUserInputError(
      'name',
      `Template name must not include ${described}. Use only letters, numbers, spaces, hyphens (-), apostrophes ('), ampersands (&), brackets, commas and full stops`,
    );
  }
  return name;
}
