'use client';

import { useState, type FormEvent } from 'react';
import { submitPassword } from '@/app/sign-in/actions';
import { ErrorSummary, messagesByField } from '@/components/nhsuk/error-summary';
import { Button, TextInput } from '@/components/nhsuk/form';
import { signInFailureErrors, validateSignIn } from '@/lib/auth/sign-in';
import { useSignInStep } from './sign-in-step';

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const step = useSignInStep(callbackUrl);
  const [shownInitial, setShownInitial] = useState(true);
  const errors = shownInitial && initialError && step.errors.length === 0 ? signInFailureErrors(initialError) : step.errors;
  const byField = messagesByField(errors);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setShownInitial(false);
    const invalid = validateSignIn(username, password);
    step.setErrors(invalid);
    if (invalid.length) return;
    const outcome = await step.run(() => submitPassword(username.trim(), password));
    if (!outcome) setPassword('');
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
        <Button disabled={step.busy}>{step.busy ? 'Signing in…' : 'Sign in'}</Button>
      </form>
      <p>
        {/* a plain link: nothing to prefetch before a person asks for it */}
        <a href="/forgotten-password">Forgotten your password?</a>
      </p>
    </>
  );
}
