import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A signed-in portal session. Only a hash of its token is kept, so a database leak signs nobody in. */
@Entity('portal_session')
export class PortalSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'portal_user_id', type: 'uuid' })
  portalUserId: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
