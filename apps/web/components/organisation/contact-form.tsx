'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { updateContact } from '@/app/(portal)/system-management/organisation/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { inSentence } from '@/lib/teams';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const ContactFormContactFragment = graphql(`
  fragment ContactForm_Contact on Contact {
    id
    label
    isTeam
    name
    email
    phone
  }
`);

const emptyToNull = (value: string) => (value.trim() ? value.trim() : null);

export function ContactForm(props: { contact: FragmentType<typeof ContactFormContactFragment>; returnTo: string }) {
  const contact = getFragmentData(ContactFormContactFragment, props.contact);
  const [name, setName] = useState(contact.name);
  const [email, setEmail] = useState(contact.email ?? '');
  const [phone, setPhone] = useState(contact.phone ?? '');
  const { errors, byField, run, pending } = useServerAction(updateContact);

  // Every field is checked by the API, which answers all of its errors at once for the summary.
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run({ contactId: contact.id, name: name.trim(), email: emptyToNull(email), phone: emptyToNull(phone) }, contact);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="nhsuk-caption-l">Organisation details</span>
      <h1>Change {inSentence(contact.label)} details</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="name" label={contact.isTeam ? 'Team name' : 'Full name'} value={name} onChange={setName} error={byField.name} autoComplete={contact.isTeam ? 'organization' : 'name'} />
        <TextInput id="email" label="Email address" type="email" spellCheck={false} value={email} onChange={setEmail} error={byField.email} autoComplete="email" />
        <TextInput
          id="phone"
          label={contact.isTeam ? 'Phone number (optional)' : 'Phone number'}
          hint="For example, 01632 960 001, 07700 900 982 or +44 808 157 0192"
          type="tel"
          value={phone}
          onChange={setPhone}
          error={byField.phone}
          autoComplete="tel"
          width={20}
        />
        <ButtonGroup>
          <Button disabled={pending}>Continue</Button>
          <Link className="nhsuk-link" href={props.returnTo}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
