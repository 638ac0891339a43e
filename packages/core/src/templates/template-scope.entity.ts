import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EmploymentType } from '../common/enums';

/**
 * One row per (custom template, employment type) it covers. It exists so that the database itself
 * refuses two custom templates claiming the same (trust, staff group, job role or none, employment
 * type), and so that effective-template lookups are single index probes.
 */
@Entity('template_scope')
export class TemplateScope {
  @PrimaryColumn({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @PrimaryColumn({ name: 'employment_type', type: 'text' })
  employmentType: EmploymentType;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'staff_group_id', type: 'uuid' })
  staffGroupId: string;

  @Column({ name: 'job_role_id', type: 'uuid', nullable: true })
  jobRoleId: string | null;
}
