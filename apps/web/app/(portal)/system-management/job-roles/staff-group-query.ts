import { graphql } from '@/src/gql';

export const StaffGroupJobRolesQuery = graphql(`
  query StaffGroupJobRoles {
    me {
      canChangeSettings
    }
    nameRule {
      hint
    }
    staffGroups {
      id
      name
      jobRoles {
        id
        name
        templates {
          id
          name
        }
      }
      ...JobRoleList_StaffGroup
    }
  }
`);
