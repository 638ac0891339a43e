/** The one-time banners of the account pages. */
export const PASSWORD_RESET_MESSAGE = 'Your password has been changed. Sign in with your new password.';
export const PASSWORD_CHANGED_MESSAGE = 'Your password has been changed. You have been signed out on your other devices.';
export const SIGNED_OUT_EVERYWHERE_MESSAGE = 'You have been signed out of all devices. Sign in again to continue.';
