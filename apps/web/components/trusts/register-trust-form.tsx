'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { registerTrust } from '@/app/(portal)/trusts/actions';
import { CheckAnswers, focusFieldSoon, type CheckRow } from '@/components/accounts/check-answers';
import { ErrorSummary, messagesByField } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { TRUSTS_PATH } from '@/lib/navigation';
import {
  emptyRegistration,
  fieldId,
  PERSON_CONTACTS,
  REGISTRATION_FIELD_IDS,
  registrationInput,
  TEAM_CONTACTS,
  type ContactAnswers,
  type PersonContactRole,
  type RegistrationAnswers,
  type TeamContactRole,
  withWhoseField,
} from './registration';

const FORM_TITLE = 'Register a trust';
const CHECK_TITLE = 'Check the registration';

function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{legend}</legend>
        {hint ? <div className="nhsuk-hint">{hint}</div> : null}
        {children}
      </fieldset>
    </div>
  );
}

const shown = (value: string) => (value.trim() === '' ? 'Not given' : value);

/**
 * A trust's registration: its ODS code and name, the contacts its organisation details start with,
 * where each team's weekly summary goes, and its first Senior Portal Administrator. Continue shows the
 * answers to check; Register trust sends them, and the API's errors (every one at once) bring the form
 * back with each at its field.
 */
export function RegisterTrustForm() {
  const [answers, setAnswers] = useState<RegistrationAnswers>(emptyRegistration);
  const [step, setStep] = useState<'form' | 'check'>('form');
  const heading = useRef<HTMLHeadingElement>(null);
  const { errors: apiErrors, run, pending } = useServerAction(async (input: RegistrationAnswers) => {
    const failure = await registerTrust(registrationInput(input));
    if (failure) setStep('form');
    return failure;
  });
  const errors = withWhoseField(apiErrors);
  const byField = messagesByField(errors);

  useEffect(() => {
    document.title = document.title.replace(new RegExp(`^(Error: )?(${CHECK_TITLE}|${FORM_TITLE})`), `$1${step === 'check' ? CHECK_TITLE : FORM_TITLE}`);
    if (step === 'check') heading.current?.focus();
  }, [step]);

  const setTop = (key: 'odsCode' | 'name') => (value: string) => setAnswers((a) => ({ ...a, [key]: value }));
  const setContact = (role: PersonContactRole | TeamContactRole, part: keyof ContactAnswers) => (value: string) =>
    setAnswers((a) => ({ ...a, contacts: { ...a.contacts, [role]: { ...a.contacts[role], [part]: value } } }));
  const setSummary = (team: keyof RegistrationAnswers['summaryAddresses']) => (value: string) =>
    setAnswers((a) => ({ ...a, summaryAddresses: { ...a.summaryAddresses, [team]: value } }));
  const setAdmin = (part: 'name' | 'email') => (value: string) =>
    setAnswers((a) => ({ ...a, firstSeniorAdministrator: { ...a.firstSeniorAdministrator, [part]: value } }));

  const input = (field: string, label: string, value: string, onChange: (value: string) => void, extra: { hint?: string; type?: string; width?: 10 | 20 | 30 } = {}) => (
    <TextInput
      id={fieldId(field)}
      name={field}
      label={label}
      hint={extra.hint}
      type={extra.type ?? 'text'}
      width={extra.width}
      spellCheck={extra.type === 'email' ? false : undefined}
      autoComplete="off"
      value={value}
      onChange={onChange}
      error={byField[field]}
    />
  );

  function backTo(id: string) {
    setStep('form');
    focusFieldSoon(id);
  }

  if (step === 'check') {
    const row = (key: string, value: ReactNode, field: string, visuallyHiddenText: string): CheckRow => ({ key, value, fieldId: fieldId(field), visuallyHiddenText });
    const contactRows = (role: PersonContactRole | TeamContactRole, label: string, team: boolean) => [
      row(team ? 'Team name' : 'Name', shown(answers.contacts[role].name), `contacts.${role}.name`, `${label} name`),
      row('Email address', shown(answers.contacts[role].email), `contacts.${role}.email`, `${label} email address`),
      row('Telephone', shown(answers.contacts[role].phone), `contacts.${role}.phone`, `${label} telephone`),
    ];
    return (
      <>
        <ErrorSummary errors={errors} fieldIds={REGISTRATION_FIELD_IDS} />
        <span className="nhsuk-caption-l">Trusts</span>
        <h1 tabIndex={-1} ref={heading}>
          Check the registration before you register the trust
        </h1>
        <h2 className="nhsuk-heading-m">The trust</h2>
        <CheckAnswers
          rows={[row('ODS code', answers.odsCode.trim().toUpperCase(), 'odsCode', 'ODS code'), row('Name', answers.name, 'name', 'trust name')]}
          onChange={backTo}
        />
        {[...PERSON_CONTACTS.map((c) => ({ ...c, team: false })), ...TEAM_CONTACTS.map((c) => ({ ...c, team: true }))].map((contact) => (
          <section key={contact.role} aria-labelledby={`check-${contact.role}`}>
            <h2 className="nhsuk-heading-m" id={`check-${contact.role}`}>
              {contact.label}
            </h2>
            <CheckAnswers rows={contactRows(contact.role, contact.label, contact.team)} onChange={backTo} />
          </section>
        ))}
        <h2 className="nhsuk-heading-m">Weekly summary emails</h2>
        <CheckAnswers
          rows={TEAM_CONTACTS.map(({ team, role, label }) =>
            row(
              label,
              answers.summaryAddresses[team].trim() || `${shown(answers.contacts[role].email)} (the team’s email address)`,
              `summaryAddresses.${team}`,
              `where the ${label}’s weekly summary goes`,
            ),
          )}
          onChange={backTo}
        />
        <h2 className="nhsuk-heading-m">First Senior Portal Administrator</h2>
        <CheckAnswers
          rows={[
            row('Name', answers.firstSeniorAdministrator.name, 'firstSeniorAdministrator.name', 'first Senior Portal Administrator’s name'),
            row('Email address', answers.firstSeniorAdministrator.email, 'firstSeniorAdministrator.email', 'first Senior Portal Administrator’s email address'),
          ]}
          onChange={backTo}
        />
        <p>
          When you register the trust, we email {answers.firstSeniorAdministrator.name || 'its first Senior Portal Administrator'} an invitation to set a
          password. Every credential starts with automatic issuance off, as the national default.
        </p>
        <form onSubmit={(event: FormEvent) => (event.preventDefault(), run(answers))} noValidate>
          <ButtonGroup>
            <Button disabled={pending}>Register trust</Button>
            <Link className="nhsuk-link" href={TRUSTS_PATH}>
              Cancel
            </Link>
          </ButtonGroup>
        </form>
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={REGISTRATION_FIELD_IDS} />
      <span className="nhsuk-caption-l">Trusts</span>
      <h1>{FORM_TITLE}</h1>
      <p>The contacts and addresses you give here are what the trust’s Organisation details and Notification settings show first. The trust can change them.</p>
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setStep('check');
        }}
        noValidate
      >
        <Fieldset legend="The trust">
          {input('odsCode', 'ODS code', answers.odsCode, setTop('odsCode'), { hint: '3 to 5 letters and numbers, for example RJ1', width: 10 })}
          {input('name', 'Name', answers.name, setTop('name'), { hint: 'For example, Guy’s and St Thomas’ NHS Foundation Trust' })}
        </Fieldset>
        {PERSON_CONTACTS.map(({ role, label }) => (
          <Fieldset key={role} legend={label}>
            {input(`contacts.${role}.name`, 'Full name', answers.contacts[role].name, setContact(role, 'name'))}
            {input(`contacts.${role}.email`, 'Email address', answers.contacts[role].email, setContact(role, 'email'), { type: 'email' })}
            {input(`contacts.${role}.phone`, 'Telephone', answers.contacts[role].phone, setContact(role, 'phone'), { type: 'tel', width: 20 })}
          </Fieldset>
        ))}
        {TEAM_CONTACTS.map(({ role, label }) => (
          <Fieldset key={role} legend={label} hint="A team mailbox">
            {input(`contacts.${role}.name`, 'Team name', answers.contacts[role].name, setContact(role, 'name'))}
            {input(`contacts.${role}.email`, 'Email address', answers.contacts[role].email, setContact(role, 'email'), { type: 'email' })}
            {input(`contacts.${role}.phone`, 'Telephone (optional)', answers.contacts[role].phone, setContact(role, 'phone'), { type: 'tel', width: 20 })}
          </Fieldset>
        ))}
        <Fieldset legend="Weekly summary emails" hint="Where each team’s weekly summary of outstanding actions goes. Leave blank to use the team’s email address.">
          {TEAM_CONTACTS.map(({ team, label }) => (
            <div key={team}>{input(`summaryAddresses.${team}`, `${label} (optional)`, answers.summaryAddresses[team], setSummary(team), { type: 'email' })}</div>
          ))}
        </Fieldset>
        <Fieldset legend="First Senior Portal Administrator" hint="We email them an invitation. They manage the trust’s portal users from then on.">
          {input('firstSeniorAdministrator.name', 'Full name', answers.firstSeniorAdministrator.name, setAdmin('name'))}
          {input('firstSeniorAdministrator.email', 'Email address', answers.firstSeniorAdministrator.email, setAdmin('email'), { type: 'email' })}
        </Fieldset>
        <ButtonGroup>
          <Button>Continue</Button>
          <Link className="nhsuk-link" href={TRUSTS_PATH}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
