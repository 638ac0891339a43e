import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { BadUserInputError } from '../common/domain-error';

/**
 * NCSC password guidance: a minimum length and no composition rules, but refuse passwords that are
 * common or easy to guess (zxcvbn-ts, with its common-password and English dictionaries and the
 * person's own details). The maximum bounds the work argon2 does per sign-in.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's "safely unguessable" band: about 10^8 guesses or more. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
/**
 * Loaded when a password is first checked, not when the process starts: the dictionaries take about
 * 40 MB, which an API process that only answers reads never needs.
 */
function strength(): ZxcvbnFactory {
  if (!estimator) {
    const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    const english = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
    estimator = new Factory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
  }
  return estimator;
}

/**
 * Refuses a password that is too short, too long, or easy to guess, with a message that says why and
 * how to choose a better one. `personal` are the person's name, email address and trust, which a
 * password must not be built from.
 */
export function checkNewPassword(field: string, password: string, personal: readonly (string | null | undefined)[]): void {
  if (password.length === 0) throw new BadUserInputError(field, 'Enter a password');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInputError(field, `Password must be ${MIN_PASSWORD_LENGTH} characters or more`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new BadUserInputError(field, `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`);
  }
  const inputs = personal.flatMap((value) => (value ? [value, ...value.split(/[\s@.]+/).filter((part) => part.length >= 3)] : []));
  const result = strength().check(password, inputs);
  if (result.score >= MIN_SCORE) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  throw new BadUserInputError(
    field,
    `Choose a password that is harder to guess. ${advice || 'Avoid common passwords and your own name, email address or trust.'} Three or more random words together make a good password.`,
  );
}
