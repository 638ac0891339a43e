import { CONTACT_ROLE_DETAILS, getOwnOrganisation, updateOrganisationContact } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_, __, { dataSource, actor }) => getOwnOrganisation(dataSource.manager, actor),
  },
  Mutation: {
    updateOrganisationContact: (_, { input }, { dataSource, actor }) =>
      updateOrganisationContact(dataSource, actor, input),
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
