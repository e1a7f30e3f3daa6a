import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ed25519SeedFromMultibase } from '../../common/security/ed25519-multibase';
import { credentialsConfig } from '../../config/configuration';
import type { CredentialsConfig } from '../../config/configuration';
import { AuditService } from '../audit/audit.service';
import { CredentialsException, CredentialsExceptionCode } from './credentials.exception';
import type { CredentialUrls, PublishedKey } from './open-badge';
import { vcStack } from './vc-stack';
import type { Ed25519KeyPair } from './vc-stack';

const PURPOSE = 'assertion';

interface ActiveKey extends PublishedKey {
  /** Held in memory only; never logged nor returned. */
  secretKeyMultibase: string;
}

/**
 * The issuer's Ed25519 signing key. With ISSUER_SECRET_KEY_MULTIBASE set (production), that key
 * signs and only its public half is stored, to be published; a different key in the variable
 * retires the previous one (still published, so what it signed still verifies). Without it, a key
 * is generated on first need and kept in `signing_keys`: parallel first requests insert with ON
 * CONFLICT DO NOTHING against the one-active-key-per-purpose index, then all read the winner.
 */
@Injectable()
export class SigningKeysService {
  private readonly logger = new Logger(SigningKeysService.name);
  private active: Promise<ActiveKey> | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(credentialsConfig.KEY) private readonly config: CredentialsConfig,
    private readonly audit: AuditService,
  ) {}

  /** Every key the issuer has signed with (the active one first created), for the issuer profile. */
  async publishedKeys(urls: CredentialUrls): Promise<PublishedKey[]> {
    await this.activeKey(urls);
    const rows: { id: number; public_key_multibase: string }[] = await this.db.query(
      `SELECT id, public_key_multibase FROM signing_keys WHERE purpose = $1 ORDER BY id`,
      [PURPOSE],
    );
    return rows.map((row) => ({ number: Number(row.id), publicKeyMultibase: row.public_key_multibase }));
  }

  /** The active key pair, named as a verification method of the issuer at these addresses. */
  async signingKey(urls: CredentialUrls): Promise<{ number: number; keyPair: Ed25519KeyPair }> {
    const active = await this.activeKey(urls);
    const { Ed25519Multikey } = await vcStack();
    const keyPair = await Ed25519Multikey.from({
      type: 'Multikey',
      id: urls.key(active.number),
      controller: urls.issuer,
      publicKeyMultibase: active.publicKeyMultibase,
      secretKeyMultibase: active.secretKeyMultibase,
    });
    return { number: active.number, keyPair };
  }

  private activeKey(urls: CredentialUrls): Promise<ActiveKey> {
    this.active ??= this.loadActiveKey(urls).catch((error: unknown) => {
      this.active = undefined;
      throw error;
    });
    return this.active;
  }

  private async loadActiveKey(urls: CredentialUrls): Promise<ActiveKey> {
    const configured = this.config.issuerSecretKeyMultibase;
    return configured ? this.fromEnvironment(configured, urls) : this.fromDatabase(urls);
  }

  private async fromEnvironment(secret: string, urls: CredentialUrls): Promise<ActiveKey> {
    const seed = ed25519SeedFromMultibase(secret);
    // validateEnvironment refused a malformed key at start-up; this only guards a changed process.env.
    if (!seed) throw this.unavailable();
    const { Ed25519Multikey } = await vcStack();
    const pair = await Ed25519Multikey.generate({ seed });
    const { publicKeyMultibase, secretKeyMultibase } = await pair.export({ publicKey: true, secretKey: true, canonicalize: true });
    const number = await this.db.transaction(async (manager) => {
      // One rotation at a time (two processes starting with a new key).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('signing_keys'))`);
      const [known] = await manager.query(`SELECT id, retired_at FROM signing_keys WHERE public_key_multibase = $1`, [publicKeyMultibase]);
      if (known && known.retired_at === null) return Number(known.id);
      const retired: { id: number }[] = await manager.query(
        `UPDATE signing_keys SET retired_at = now() WHERE purpose = $1 AND retired_at IS NULL RETURNING id`,
        [PURPOSE],
      );
      let id: number;
      if (known) {
        await manager.query(`UPDATE signing_keys SET retired_at = NULL WHERE id = $1`, [known.id]);
        id = Number(known.id);
      } else {
        const [row] = await manager.query(
          `INSERT INTO signing_keys (purpose, controller, public_key_multibase, secret_key_multibase) VALUES ($1, $2, $3, NULL) RETURNING id`,
          [PURPOSE, urls.issuer, publicKeyMultibase],
        );
        id = Number(row.id);
      }
      await this.recordKey(manager, id, publicKeyMultibase, 'environment', retired.map((r) => Number(r.id)));
      return id;
    });
    return { number, publicKeyMultibase, secretKeyMultibase: secretKeyMultibase as string };
  }

  private async fromDatabase(urls: CredentialUrls): Promise<ActiveKey> {
    const existing = await this.readActive();
    if (existing) return existing;
    const { Ed25519Multikey } = await vcStack();
    const pair = await Ed25519Multikey.generate({});
    const { publicKeyMultibase, secretKeyMultibase } = await pair.export({ publicKey: true, secretKey: true, canonicalize: true });
    await this.db.transaction(async (manager) => {
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO signing_keys (purpose, controller, public_key_multibase, secret_key_multibase) VALUES ($1, $2, $3, $4)
         ON CONFLICT (purpose) WHERE retired_at IS NULL DO NOTHING RETURNING id`,
        [PURPOSE, urls.issuer, publicKeyMultibase, secretKeyMultibase],
      );
      if (inserted.length > 0) await this.recordKey(manager, Number(inserted[0].id), publicKeyMultibase, 'generated', []);
    });
    const winner = await this.readActive();
    if (!winner) throw this.unavailable();
    return winner;
  }

  /** The active key with its secret; null when there is none. */
  private async readActive(): Promise<ActiveKey | null> {
    const [row] = await this.db.query(
      `SELECT id, public_key_multibase, secret_key_multibase FROM signing_keys WHERE purpose = $1 AND retired_at IS NULL`,
      [PURPOSE],
    );
    if (!row) return null;
    if (!row.secret_key_multibase) {
      // The active key came from ISSUER_SECRET_KEY_MULTIBASE, which is no longer set: refuse to
      // sign rather than quietly switch keys.
      this.logger.error('La clave de firma activa proviene de ISSUER_SECRET_KEY_MULTIBASE, que ya no está definida');
      throw this.unavailable();
    }
    return { number: Number(row.id), publicKeyMultibase: row.public_key_multibase, secretKeyMultibase: row.secret_key_multibase };
  }

  private recordKey(manager: EntityManager, id: number, publicKeyMultibase: string, source: 'generated' | 'environment', retired: number[]) {
    return this.audit.record(
      { actorId: null, action: 'signing_key.activate', entityType: 'signing_key', entityId: String(id), after: { purpose: PURPOSE, publicKeyMultibase, source, retired } },
      manager,
    );
  }

  private unavailable(): CredentialsException {
    return new CredentialsException(
      CredentialsExceptionCode.SigningKeyUnavailable,
      'La clave de firma de las credenciales no está disponible: configure ISSUER_SECRET_KEY_MULTIBASE',
    );
  }
}
