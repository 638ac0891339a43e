/** The API's password rule, as the forms that set one state it. */
export const NEW_PASSWORD_HINT =
  'Use 12 to 128 characters. Avoid common passwords and your name, email address or trust: three or more random words together make a good password.';
