import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_MFA_ENCRYPTION_KEY, mfaConfigSchema, readConfig } from '@staff-passport/core';
import { decryptTotpSecret, encryptTotpSecret, newRecoveryCodes, recoveryCodeHash } from '../mfa';

describe('MFA_ENCRYPTION_KEY', () => {
  const production = (key?: string) => () => readConfig(mfaConfigSchema, { NODE_ENV: 'production', ...(key ? { MFA_ENCRYPTION_KEY: key } : {}) });

  it('is required in production, and the published development key is refused there', () => {
    expect(production()).toThrow(/MFA_ENCRYPTION_KEY: is required in production/);
    expect(production(DEVELOPMENT_MFA_ENCRYPTION_KEY)).toThrow(/MFA_ENCRYPTION_KEY: is the published development key/);
    expect(production(randomBytes(16).toString('base64'))).toThrow(/must be 32 random bytes/);
    expect(production(randomBytes(32).toString('base64'))()).toMatchObject({ NODE_ENV: 'production' });
    expect(readConfig(mfaConfigSchema, {})).toEqual({ NODE_ENV: 'development' });
  });

  it('encrypts secrets so that only the same key reads them, and tampering is noticed', () => {
    const key = randomBytes(32);
    const stored = encryptTotpSecret(key, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(stored).not.toContain('JBSWY3DP');
    expect(decryptTotpSecret(key, stored)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(decryptTotpSecret(randomBytes(32), stored)).toBeNull();
    const parts = stored.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(decryptTotpSecret(key, parts.join('.'))).toBeNull();
  });
});

it('makes ten different recovery codes of 80 bits, read back whatever their case and separators', () => {
  const codes = newRecoveryCodes();
  expect(codes).toHaveLength(10);
  expect(new Set(codes).size).toBe(10);
  for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  expect(recoveryCodeHash(codes[0].toLowerCase().replace(/-/g, ' '))).toBe(recoveryCodeHash(codes[0]));
});
