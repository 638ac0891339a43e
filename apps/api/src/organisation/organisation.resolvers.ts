import { CONTACT_ROLE_DETAILS, requireReadableTrust, updateOrganisationContact } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: async (_, __, { actor, loaders }) => {
      const organisation = await loaders.organisation.load(requireReadableTrust(actor));
      if (!organisation) throw new Error('The caller’s organisation no longer exists');
      return organisation;
    },
  },
  Mutation: {
    updateOrganisationContact: (_, { input }, context) => updateOrganisationContact(context, context.actor, input),
  },
  Organisation: {
    contacts: (organisation, _, { loaders }) => loaders.contactsByOrganisation.load(organisation.id),
    notificationSettings: (organisation, _, { loaders }) =>
      loaders.notificationSettingsByOrganisation.load(organisation.id),
  },
  Contact: {
    label: (contact) => CONTACT_ROLE_DETAILS[contact.role].label,
    isTeam: (contact) => CONTACT_ROLE_DETAILS[contact.role].isTeam,
  },
};
