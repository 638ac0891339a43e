import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Team } from '../common/enums';

/** A credential of the national catalogue; its team decides whose summary counts it. */
@Entity('credential')
export class Credential {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ type: 'text' })
  team: Team;

  @Column({ type: 'integer' })
  position: number;
}
