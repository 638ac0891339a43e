'use client';

import type { FormEvent } from 'react';
import { Button, TextInput } from '@/components/nhsuk/form';

/** The one-field form of the code steps: a code from the authenticator app (or, where allowed, a recovery code). */
export function SecurityCodeForm({
  hint,
  code,
  onCodeChange,
  error,
  busy,
  onSubmit,
  numeric = false,
}: {
  hint: string;
  code: string;
  onCodeChange: (code: string) => void;
  error?: string;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  /** Only app codes (digits): phones show a number pad. Recovery codes have letters. */
  numeric?: boolean;
}) {
  return (
    <form onSubmit={onSubmit} noValidate method="post">
      <TextInput
        id="code"
        label="Security code"
        hint={hint}
        autoComplete="one-time-code"
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoCapitalize="none"
        value={code}
        onChange={onCodeChange}
        error={error}
        width={numeric ? 10 : 20}
      />
      <Button disabled={busy}>{busy ? 'Checking…' : 'Continue'}</Button>
    </form>
  );
}
