import type { Team } from '../../common/enums';

/** NHS Data Dictionary staff groups, with ESR's codes. */
export const STAFF_GROUPS: { code: string; name: string }[] = [
  { code: '01', name: 'Medical and Dental' },
  { code: '02', name: 'Students' },
  { code: '03', name: 'Nursing and Midwifery Registered' },
  { code: '04', name: 'Allied Health Professionals' },
  { code: '05', name: 'Additional Professional Scientific and Technical' },
  { code: '06', name: 'Healthcare Scientists' },
  { code: '07', name: 'Additional Clinical Services' },
  { code: '08', name: 'Administrative and Clerical' },
  { code: '09', name: 'Estates and Ancillary' },
  { code: '10', name: 'Supplementary Roles' },
];

interface CatalogueCategory {
  code: string;
  name: string;
  team: Team;
  credentials: { code: string; name: string; team?: Team }[];
}

/** The passport's credential catalogue. A credential's team is its category's unless it says otherwise. */
export const CREDENTIAL_CATALOGUE: CatalogueCategory[] = [
  {
    code: 'IDENTITY_AND_NEW_STARTER',
    name: 'Identity and new starter information',
    team: 'HR',
    credentials: [
      { code: 'IDENTITY', name: 'Identity' },
      { code: 'RIGHT_TO_WORK', name: 'Right to work' },
    ],
  },
  {
    code: 'EMPLOYMENT_CHECKS',
    name: 'Employment checks',
    team: 'HR',
    credentials: [
      { code: 'DBS', name: 'Disclosure and Barring Service (DBS)' },
      { code: 'PROFESSIONAL_REGISTRATION', name: 'Professional registration' },
      { code: 'OCCUPATIONAL_HEALTH_CLEARANCE', name: 'Occupational health', team: 'OCCUPATIONAL_HEALTH' },
    ],
  },
  {
    code: 'CORE_SKILLS_TRAINING',
    name: 'Core skills training information',
    team: 'EDUCATION_AND_TRAINING',
    credentials: [
      { code: 'CONFLICT_RESOLUTION', name: 'Conflict resolution' },
      { code: 'EQUALITY_DIVERSITY_HUMAN_RIGHTS', name: 'Equality, diversity and human rights' },
      { code: 'FIRE_SAFETY', name: 'Fire safety' },
      { code: 'HEALTH_SAFETY_WELFARE', name: 'Health, safety and welfare' },
      { code: 'INFECTION_PREVENTION_CONTROL_L1', name: 'Infection prevention and control (Level 1)' },
      { code: 'INFECTION_PREVENTION_CONTROL_L2', name: 'Infection prevention and control (Level 2)' },
      { code: 'INFORMATION_GOVERNANCE_DATA_SECURITY', name: 'Information governance and data security' },
      { code: 'MOVING_HANDLING_L1', name: 'Moving and handling (Level 1)' },
      { code: 'MOVING_HANDLING_L2', name: 'Moving and handling (Level 2)' },
      { code: 'PREVENT_BASIC_AWARENESS', name: 'Preventing radicalisation – basic Prevent awareness' },
      { code: 'PREVENT_AWARENESS', name: 'Preventing radicalisation – Prevent awareness' },
      { code: 'RESUSCITATION_ADULT_BLS', name: 'Resuscitation – adult basic life support' },
      { code: 'RESUSCITATION_ADULT_ILS', name: 'Resuscitation – adult immediate life support' },
      { code: 'RESUSCITATION_NEWBORN_BLS', name: 'Resuscitation – newborn basic life support' },
      { code: 'RESUSCITATION_PAEDIATRIC_BLS', name: 'Resuscitation – paediatric basic life support' },
      { code: 'RESUSCITATION_PAEDIATRIC_ILS', name: 'Resuscitation – paediatric immediate life support' },
      { code: 'SAFEGUARDING_ADULTS_L1', name: 'Safeguarding adults (Level 1)' },
      { code: 'SAFEGUARDING_ADULTS_L2', name: 'Safeguarding adults (Level 2)' },
      { code: 'SAFEGUARDING_ADULTS_L3', name: 'Safeguarding adults (Level 3)' },
      { code: 'SAFEGUARDING_CHILDREN_L1', name: 'Safeguarding children (Level 1)' },
      { code: 'SAFEGUARDING_CHILDREN_L2', name: 'Safeguarding children (Level 2)' },
      { code: 'SAFEGUARDING_CHILDREN_L3', name: 'Safeguarding children (Level 3)' },
    ],
  },
  {
    code: 'HEALTH_VACCINATIONS_TESTING',
    name: 'Health information – vaccinations and testing',
    team: 'OCCUPATIONAL_HEALTH',
    credentials: [
      { code: 'TUBERCULOSIS', name: 'Tuberculosis' },
      { code: 'VARICELLA', name: 'Varicella' },
      { code: 'HEPATITIS_B', name: 'Hepatitis B' },
      { code: 'MMR', name: 'Measles, mumps and rubella (MMR)' },
    ],
  },
  {
    code: 'CONFIRMATION_OF_ASSIGNMENT',
    name: 'Confirmation of assignment',
    team: 'HR',
    credentials: [{ code: 'EMPLOYMENT_ASSIGNMENT', name: 'Employment assignment' }],
  },
];

/** The Core Skills Training Framework subjects everybody needs, at level 1. */
const CORE_FOR_ALL = [
  'CONFLICT_RESOLUTION',
  'EQUALITY_DIVERSITY_HUMAN_RIGHTS',
  'FIRE_SAFETY',
  'HEALTH_SAFETY_WELFARE',
  'INFECTION_PREVENTION_CONTROL_L1',
  'INFORMATION_GOVERNANCE_DATA_SECURITY',
  'MOVING_HANDLING_L1',
  'PREVENT_BASIC_AWARENESS',
  'SAFEGUARDING_ADULTS_L1',
  'SAFEGUARDING_CHILDREN_L1',
];
const CLINICAL_TRAINING = [
  'INFECTION_PREVENTION_CONTROL_L2',
  'MOVING_HANDLING_L2',
  'PREVENT_AWARENESS',
  'RESUSCITATION_ADULT_BLS',
  'SAFEGUARDING_ADULTS_L2',
  'SAFEGUARDING_CHILDREN_L2',
];
const CLINICAL_HEALTH = ['TUBERCULOSIS', 'VARICELLA', 'HEPATITIS_B', 'MMR'];
const EVERYONE = ['IDENTITY', 'RIGHT_TO_WORK', 'OCCUPATIONAL_HEALTH_CLEARANCE', 'EMPLOYMENT_ASSIGNMENT'];

/** The national default template of each staff group: what a person of that group needs. */
export const DEFAULT_TEMPLATES: Record<string, { categories: string[]; credentials: string[] }> = {
  '01': { categories: ['HEALTH_VACCINATIONS_TESTING'], credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', ...CORE_FOR_ALL, ...CLINICAL_TRAINING, 'RESUSCITATION_ADULT_ILS', 'SAFEGUARDING_ADULTS_L3', 'SAFEGUARDING_CHILDREN_L3'] },
  '02': { categories: [], credentials: [...EVERYONE, 'DBS', ...CORE_FOR_ALL, ...CLINICAL_HEALTH] },
  '03': { categories: ['HEALTH_VACCINATIONS_TESTING'], credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', ...CORE_FOR_ALL, ...CLINICAL_TRAINING] },
  '04': { categories: ['HEALTH_VACCINATIONS_TESTING'], credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', ...CORE_FOR_ALL, ...CLINICAL_TRAINING] },
  '05': { categories: [], credentials: [...EVERYONE, 'DBS', ...CORE_FOR_ALL] },
  '06': { categories: [], credentials: [...EVERYONE, 'DBS', 'PROFESSIONAL_REGISTRATION', ...CORE_FOR_ALL, 'TUBERCULOSIS', 'HEPATITIS_B'] },
  '07': { categories: ['HEALTH_VACCINATIONS_TESTING'], credentials: [...EVERYONE, 'DBS', ...CORE_FOR_ALL, ...CLINICAL_TRAINING] },
  '08': { categories: [], credentials: [...EVERYONE, ...CORE_FOR_ALL] },
  '09': { categories: [], credentials: [...EVERYONE, ...CORE_FOR_ALL, 'MOVING_HANDLING_L2'] },
  '10': { categories: [], credentials: [...EVERYONE, ...CORE_FOR_ALL] },
};
