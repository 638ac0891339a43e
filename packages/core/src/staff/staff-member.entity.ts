import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EmploymentStatus, EmploymentType } from '../common/enums';

/** A member of a trust's staff as ESR knows them, keyed by ESR assignment number. */
@Entity('staff_member')
export class StaffMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'esr_assignment_number', type: 'text' })
  esrAssignmentNumber: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'staff_group_id', type: 'uuid' })
  staffGroupId: string;

  @Column({ name: 'job_role_id', type: 'uuid', nullable: true })
  jobRoleId: string | null;

  @Column({ name: 'employment_type', type: 'text' })
  employmentType: EmploymentType;

  @Column({ name: 'employment_status', type: 'text' })
  employmentStatus: EmploymentStatus;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
