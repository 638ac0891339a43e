import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EmploymentType } from '../common/enums';

/**
 * Which credentials a person needs. A national default has no organisation, covers both employment
 * types and exists once per staff group; a trust's custom template takes precedence over it.
 */
@Entity('credentials_required_template')
export class CredentialsRequiredTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for a national default template. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'is_default', type: 'boolean' })
  isDefault: boolean;

  @Column({ name: 'staff_group_id', type: 'uuid' })
  staffGroupId: string;

  @Column({ name: 'job_role_id', type: 'uuid', nullable: true })
  jobRoleId: string | null;

  @Column({ name: 'employment_types', type: 'text', array: true })
  employmentTypes: EmploymentType[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
