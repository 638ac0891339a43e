import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from './organisation.entity';

export const CONTACT_ROLES = [
  'PRIMARY_CONTACT',
  'HR_SUPPORT',
  'MEDICAL_HR_SUPPORT',
  'INFORMATION_GOVERNANCE',
  'DATA_PROTECTION_OFFICER',
  'SENIOR_PORTAL_ADMINISTRATOR',
  'HR_TEAM',
  'OCCUPATIONAL_HEALTH_TEAM',
  'EDUCATION_AND_TRAINING_TEAM',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** How each kind of contact is shown, in display order, and whether it is a team. */
export const CONTACT_ROLE_DETAILS: Record<ContactRole, { label: string; isTeam: boolean }> = {
  PRIMARY_CONTACT: { label: 'Primary contact', isTeam: false },
  HR_SUPPORT: { label: 'HR support contact', isTeam: false },
  MEDICAL_HR_SUPPORT: { label: 'Medical HR support contact', isTeam: false },
  INFORMATION_GOVERNANCE: { label: 'Information governance contact', isTeam: false },
  DATA_PROTECTION_OFFICER: { label: 'Data protection officer', isTeam: false },
  SENIOR_PORTAL_ADMINISTRATOR: { label: 'Senior portal administrator', isTeam: false },
  HR_TEAM: { label: 'HR team', isTeam: true },
  OCCUPATIONAL_HEALTH_TEAM: { label: 'Occupational health team', isTeam: true },
  EDUCATION_AND_TRAINING_TEAM: { label: 'Education and training team', isTeam: true },
};

/** A named entry in a trust's organisation details. */
@Entity('contact')
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, (organisation) => organisation.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'text' })
  role: ContactRole;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
