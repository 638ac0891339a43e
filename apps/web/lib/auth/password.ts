/** The API's password rule in a person's words (NCSC: length over complexity), for every form that sets one. */
export const PASSWORD_HINT =
  'Use 12 characters or more. Three random words together are a good choice. Do not use a password you use anywhere else, or one that is easy to guess.';
