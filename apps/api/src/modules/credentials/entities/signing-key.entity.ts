import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Purposes a signing key serves: `assertion` signs the Open Badges credentials and the status list. */
export type SigningKeyPurpose = 'assertion';

/**
 * An Ed25519 key pair (Multikey) of the issuer. `id` numbers the key in the issuer profile
 * (`…/api/public/issuer#key-<id>`). The secret is null when it comes from ISSUER_SECRET_KEY_MULTIBASE.
 */
@Entity({ name: 'signing_keys' })
export class SigningKey {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' }) id: number;
  @Column({ type: 'varchar', length: 32 }) purpose: SigningKeyPurpose;
  @Column({ type: 'text' }) controller: string;
  @Column({ name: 'public_key_multibase', type: 'text' }) publicKeyMultibase: string;
  /** Never returned by the API nor logged. */
  @Column({ name: 'secret_key_multibase', type: 'text', nullable: true, select: false }) secretKeyMultibase: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
}
