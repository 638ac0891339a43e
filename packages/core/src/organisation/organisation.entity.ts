import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from './contact.entity';

export type OrganisationStatus = 'ACTIVE' | 'DEACTIVATED';

/** A trust, identified by its ODS code. */
@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'ods_code', type: 'text', unique: true })
  odsCode: string;

  @Column({ type: 'text' })
  name: string;

  /** Rule 7 (docs/domain.md): a deactivated trust's users cannot sign in and its API keys stop; nothing is deleted. */
  @Column({ type: 'text', default: 'ACTIVE' })
  status: OrganisationStatus;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Whether the trust's Portal Administrators need a second factor too (its senior ones always do). */
  @Column({ name: 'portal_administrator_mfa_required', type: 'boolean', default: false })
  portalAdministratorMfaRequired: boolean;

  @OneToMany(() => Contact, (contact) => contact.organisation)
  contacts?: Contact[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
