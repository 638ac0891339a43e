import { z } from 'zod';
import { BadUserInputError } from './domain-error';

const emailSchema = z.email();
const uuidSchema = z.uuid();

/**
 * Control characters (C0, DEL and C1) and halves of surrogate pairs: never part of a name, an address
 * or a number a person types, and PostgreSQL refuses NUL outright.
 */
const CONTROL_CHARACTER = /[\p{Cc}\p{Cs}]/u;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/** Refuses text with control characters, for callers that do not come through the API (which refuses them first). */
function withoutControlCharacters(field: string, value: string, what: string): string {
  if (hasControlCharacters(value)) throw new BadUserInputError(field, `${capitalise(what)} must not contain control characters`);
  return value;
}

/** A trimmed email address, or a field error saying what a valid one looks like. */
export function validEmail(field: string, value: string, what = 'email address'): string {
  const trimmed = withoutControlCharacters(field, value, what).trim();
  if (trimmed === '') throw new BadUserInputError(field, `Enter an ${what}`);
  if (!emailSchema.safeParse(trimmed).success || trimmed.length > 254) {
    throw new BadUserInputError(
      field,
      `Enter an ${what} in the correct format, like name@example.nhs.uk`,
    );
  }
  return trimmed.toLowerCase();
}

/** UK phone numbers as people write them: digits, spaces, brackets, +, and an optional extension. */
export function validPhone(field: string, value: string): string {
  const trimmed = withoutControlCharacters(field, value, 'telephone number').trim();
  const digits = trimmed.replace(/\D/g, '');
  if (!/^[+()\d\s-]+(\s*(ext\.?|x)\s*\d{1,6})?$/i.test(trimmed) || digits.length < 10 || digits.length > 16) {
    throw new BadUserInputError(
      field,
      'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
    );
  }
  return trimmed;
}

export function requiredText(field: string, value: string, what: string, maxLength = 200): string {
  const trimmed = withoutControlCharacters(field, value, what).trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new BadUserInputError(field, `Enter ${what}`);
  if (trimmed.length > maxLength) {
    throw new BadUserInputError(field, `${capitalise(what)} must be ${maxLength} characters or fewer`);
  }
  return trimmed;
}

/**
 * Ids come from callers; a malformed one is reported like an unknown one, so nobody learns whether
 * an id exists in another trust.
 */
export function isUuid(value: string): boolean {
  return uuidSchema.safeParse(value).success;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
