import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { requireChangeableTrust, type Actor } from '../common/actor';
import { BadUserInputError, FieldErrors } from '../common/domain-error';
import { isUuid, requiredText, validEmail, validPhone } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { CONTACT_ROLES, CONTACT_ROLE_DETAILS, Contact, type ContactRole } from './contact.entity';
import { Organisation } from './organisation.entity';

export interface UpdateContactInput {
  contactId: string;
  name: string;
  email?: string | null;
  phone?: string | null;
}

/** Trusts by id (for DataLoaders). */
export async function organisationsById(
  manager: EntityManager,
  ids: readonly string[],
): Promise<(Organisation | undefined)[]> {
  const organisations = await manager.find(Organisation, { where: { id: In([...ids]) } });
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  return ids.map((id) => byId.get(id));
}

/** Contacts of many trusts at once, each trust's in display order (for DataLoaders). */
export async function contactsByOrganisation(
  manager: EntityManager,
  organisationIds: readonly string[],
): Promise<Contact[][]> {
  const contacts = await manager.find(Contact, { where: { organisationId: In([...organisationIds]) } });
  const order = (contact: Contact) => CONTACT_ROLES.indexOf(contact.role);
  return organisationIds.map((id) =>
    contacts.filter((contact) => contact.organisationId === id).sort((a, b) => order(a) - order(b)),
  );
}

/**
 * A contact's details as a person may save them, every field's errors together: everyone needs a name
 * and an email address; individuals also a telephone number (a team's is optional). `fieldPrefix`
 * places the fields of errors (e.g. `contacts.HR_TEAM.` at registration).
 */
export function validContactDetails(
  role: ContactRole,
  input: { name: string; email?: string | null; phone?: string | null },
  fieldPrefix = '',
): { name: string; email: string; phone: string | null } {
  const { isTeam, label } = CONTACT_ROLE_DETAILS[role];
  const errors = new FieldErrors();
  const name = errors.check(() => requiredText(`${fieldPrefix}name`, input.name, isTeam ? 'the team name' : 'a full name'));
  const email = errors.check(() =>
    validEmail(`${fieldPrefix}email`, input.email ?? '', isTeam ? `email address for the ${label}` : 'email address'),
  );
  const phoneText = input.phone?.trim() ?? '';
  const phone = phoneText === '' ? null : errors.check(() => validPhone(`${fieldPrefix}phone`, phoneText));
  if (phoneText === '' && !isTeam) errors.add(`${fieldPrefix}phone`, 'Enter a telephone number');
  errors.throwIfAny();
  return { name: name!, email: email!, phone: phone ?? null };
}

/** Changes one contact of the caller's trust (see validContactDetails). Saving it unchanged writes nothing. */
export async function updateOrganisationContact(
  context: CommandContext,
  actor: Actor | null,
  input: UpdateContactInput,
): Promise<Contact> {
  const organisationId = requireChangeableTrust(actor);
  return runCommand(context, async (manager) => {
    const contact = isUuid(input.contactId)
      ? await manager.findOne(Contact, {
          where: { id: input.contactId, organisationId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!contact) throw new BadUserInputError('contactId', 'No contact with that id in your organisation');

    const details = validContactDetails(contact.role, input);
    const before = snapshot(contact);
    Object.assign(contact, details);
    const after = snapshot(contact);
    if (JSON.stringify(after) === JSON.stringify(before)) return contact;
    await manager.save(contact);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'contact.updated',
      entityType: 'Contact',
      entityId: contact.id,
      before,
      after,
    });
    return contact;
  });
}

function snapshot(contact: Contact) {
  return { role: contact.role, name: contact.name, email: contact.email, phone: contact.phone };
}
