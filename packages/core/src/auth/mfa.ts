import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { z } from 'zod';
import { hashSecret } from './secrets';

/**
 * The second factor of rule 7 (docs/domain.md): TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, as
 * every authenticator app reads it), the secret kept encrypted at rest, and single-use recovery codes.
 */

export const TOTP_ISSUER = 'NHS Digital Staff Passport';
const TOTP_DIGITS = 6;
const TOTP_PERIOD_SECONDS = 30;
/** A code of the step before or after now is accepted too, for clocks a little apart. */
const TOTP_WINDOW = 1;

export const RECOVERY_CODE_COUNT = 10;

/**
 * Published, so that `npm start` works with nothing set up: refused in production (see mfaConfigSchema).
 * Secrets encrypted with it cannot be read with a production key, so demo accounts cannot sign in there.
 */
export const DEVELOPMENT_MFA_ENCRYPTION_KEY = Buffer.from('staff-passport-development-only!', 'utf8').toString('base64');

/** MFA_ENCRYPTION_KEY: 32 random bytes, base64 (e.g. `openssl rand -base64 32`). */
export const mfaConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    MFA_ENCRYPTION_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 random bytes, base64-encoded, e.g. from `openssl rand -base64 32`')
      .optional(),
  })
  .superRefine((config, context) => {
    if (config.NODE_ENV !== 'production') return;
    if (!config.MFA_ENCRYPTION_KEY) {
      context.addIssue({ code: 'custom', path: ['MFA_ENCRYPTION_KEY'], message: 'is required in production: 32 random bytes, base64-encoded (`openssl rand -base64 32`); it encrypts the TOTP secrets' });
    } else if (config.MFA_ENCRYPTION_KEY === DEVELOPMENT_MFA_ENCRYPTION_KEY) {
      context.addIssue({ code: 'custom', path: ['MFA_ENCRYPTION_KEY'], message: 'is the published development key: set a key of your own in production' });
    }
  });

/** The key that encrypts TOTP secrets, from checked configuration. */
export function mfaEncryptionKey(config: { MFA_ENCRYPTION_KEY?: string }): Buffer {
  return Buffer.from(config.MFA_ENCRYPTION_KEY ?? DEVELOPMENT_MFA_ENCRYPTION_KEY, 'base64');
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, base64url; tampering or a wrong key fails to decrypt. */
export function encryptTotpSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The base32 secret, or null when it cannot be read with this key (another environment's key, or tampered with). */
export function decryptTotpSecret(key: Buffer, stored: string): string | null {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** A new 160-bit TOTP secret (the size RFC 4226 recommends for SHA-1), as base32 text. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, accountName = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: accountName,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The `otpauth://` URL an authenticator app reads from the QR code. */
export function totpUrl(secret: string, accountName: string): string {
  return totp(secret, accountName).toString();
}

/** The QR code of the `otpauth://` URL, as SVG markup made here (no image is fetched from anywhere). */
export function totpQrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The code for a moment: what an authenticator app shows (and what tests and the demo use). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/**
 * The time step a code belongs to, when it is right for `at` (give or take one step), else null. The
 * caller refuses a step no later than the last one accepted: that is a replay.
 */
export function totpStepOf(secret: string, code: string, at: Date = new Date()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: at.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** Whether a submitted code looks like a TOTP code (else it is taken for a recovery code). */
export function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

// Crockford's base32 without I, L, O and U: nothing to misread when typing a code from paper.
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Ten codes of 80 random bits each (`XXXX-XXXX-XXXX-XXXX`). At that size a fast hash (SHA-256) keeps a
 * leaked table useless, so codes are checked without argon2's cost.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    let bits = 0n;
    for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
    let code = '';
    for (let index = 0; index < 16; index += 1) {
      code = RECOVERY_ALPHABET[Number(bits & 31n)] + code;
      bits >>= 5n;
    }
    return code.match(/.{4}/g)!.join('-');
  });
}

/** The stored form of a recovery code: separators, spaces and case do not matter. */
export function recoveryCodeHash(code: string): string {
  return hashSecret(code.toUpperCase().replace(/[^0-9A-Z]/g, ''));
}
