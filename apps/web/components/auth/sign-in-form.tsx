'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, messagesByField } from '@/components/nhsuk/error-summary';
import { Button, TextInput } from '@/components/nhsuk/form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { signInErrorMessage } from '@/lib/auth/sign-in';
import type { FieldError } from '@/lib/graphql/result';

export function validateSignIn(username: string, password: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!username.trim()) errors.push({ field: 'username', message: 'Enter your username', code: 'REQUIRED' });
  if (!password) errors.push({ field: 'password', message: 'Enter your password', code: 'REQUIRED' });
  return errors;
}

/** A sign-in failure as a message at the top of the form; wrong details point at the username. */
export function signInFailureErrors(code: string): FieldError[] {
  const message = signInErrorMessage(code) ?? 'Enter a correct username and password';
  const field = code === 'CredentialsSignin' ? 'username' : null;
  return [{ field, message, code }];
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const router = useRouter();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>(initialError ? signInFailureErrors(initialError) : []);
  const [busy, setBusy] = useState(false);
  const byField = messagesByField(errors);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = validateSignIn(username, password);
    setErrors(invalid);
    if (invalid.length) return;
    setBusy(true);
    const destination = safeCallbackUrl(callbackUrl, window.location.origin);
    // next-auth reads `error` from the URL it answers with, which is this page's own unless told
    // otherwise: after "?error=SessionExpired" a good sign-in would read as a failed one
    const response = await signIn('credentials', { username: username.trim(), password, redirect: false, callbackUrl: destination });
    setBusy(false);
    if (!response || response.error || !response.ok) {
      setPassword('');
      setErrors(signInFailureErrors(response?.error ?? 'ServiceUnavailable'));
      return;
    }
    router.replace(destination);
    router.refresh();
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Sign in to Staff Passport Settings</h1>
      <p>Use the username and password your trust gave you.</p>
      <form onSubmit={onSubmit} noValidate method="post">
        <TextInput
          id="username"
          label="Username"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          value={username}
          onChange={setUsername}
          error={byField.username}
          width={20}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={byField.password}
          width={20}
        />
        <Button disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</Button>
      </form>
    </>
  );
}
