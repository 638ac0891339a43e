export const ACCOUNT_PATH = '/account';
export const CHANGE_PASSWORD_PATH = '/account/change-password';
export const SIGN_OUT_EVERYWHERE_PATH = '/account/sign-out-everywhere';
export const FORGOTTEN_PASSWORD_PATH = '/forgotten-password';
export const CHECK_YOUR_EMAIL_PATH = '/forgotten-password/check-your-email';
/** The emailed link is exactly `<portal>/reset-password?token=<token>` (the worker writes it). */
export const RESET_PASSWORD_PATH = '/reset-password';
