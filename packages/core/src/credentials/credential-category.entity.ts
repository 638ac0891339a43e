import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Team } from '../common/enums';

/** A group of credentials in the national catalogue. */
@Entity('credential_category')
export class CredentialCategory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  team: Team;

  @Column({ type: 'integer' })
  position: number;
}
