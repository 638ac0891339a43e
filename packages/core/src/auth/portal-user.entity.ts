import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PortalRole } from '../common/actor';

export type PortalUserStatus = 'INVITED' | 'ACTIVE' | 'DEACTIVATED';

/** A person who signs in to the portal: of one trust, or a National Administrator (no trust). */
@Entity('portal_user')
export class PortalUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for a National Administrator. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  /** Stored in lower case; unique. Invited people sign in with their email address. */
  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Where account emails go (lower case, unique); null only for accounts made before invitations. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** An argon2id hash; null until an invitation is accepted. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text' })
  role: PortalRole;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: PortalUserStatus;

  @Column({ name: 'failed_sign_in_count', type: 'integer', default: 0 })
  failedSignInCount: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_signed_in_at', type: 'timestamptz', nullable: true })
  lastSignedInAt: Date | null;

  @Column({ name: 'totp_enrolled_at', type: 'timestamptz', nullable: true })
  totpEnrolledAt: Date | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
