import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An NHS Data Dictionary staff group (national reference data). */
@Entity('staff_group')
export class StaffGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Two digits, 01 to 10. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;
}
