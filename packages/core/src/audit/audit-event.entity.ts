import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what in a trust's data (or in a National Administrator's account), and when, with the state before and after. */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for national events: a National Administrator's own account. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: 'PORTAL_USER' | 'API_CLIENT' | 'OPERATOR';

  /** Null for an operator's command. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
