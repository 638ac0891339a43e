import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from './contact.entity';

/** A trust, identified by its ODS code. */
@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'ods_code', type: 'text', unique: true })
  odsCode: string;

  @Column({ type: 'text' })
  name: string;

  @OneToMany(() => Contact, (contact) => contact.organisation)
  contacts?: Contact[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
