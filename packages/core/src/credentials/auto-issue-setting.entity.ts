import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Whether a trust issues a credential automatically when ESR updates it. No row means off. */
@Entity('auto_issue_setting')
export class AutoIssueSetting {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ name: 'credential_id', type: 'uuid' })
  credentialId: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
