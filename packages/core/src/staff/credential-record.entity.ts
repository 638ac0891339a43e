import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CredentialRecordStatus } from '../common/enums';

/** A credential held or awaited by a staff member, as of an ESR data version. */
@Entity('credential_record')
export class CredentialRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'staff_member_id', type: 'uuid' })
  staffMemberId: string;

  @Column({ name: 'credential_id', type: 'uuid' })
  credentialId: string;

  @Column({ type: 'text' })
  status: CredentialRecordStatus;

  @Column({ name: 'esr_version', type: 'integer' })
  esrVersion: number;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ name: 'issued_automatically', type: 'boolean', default: false })
  issuedAutomatically: boolean;

  /** The name of whoever issued it by hand. */
  @Column({ name: 'issued_by', type: 'text', nullable: true })
  issuedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
