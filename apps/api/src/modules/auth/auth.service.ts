import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { authConfig } from '../../config/configuration';
import type { AuthConfig } from '../../config/configuration';
import type { Role } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { updateReturning } from '../../common/database/returning';
import { hashPassword, verifyPassword } from '../../common/security/passwords';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/entities/user.entity';
import { toUserDto } from '../users/dto/user.dto';
import { RefreshToken } from './entities/refresh-token.entity';
import type { SessionDto } from './dto/auth.dto';
import { AuthException, AuthExceptionCode as Code } from './auth.exception';

export interface IssuedSession {
  session: SessionDto;
  refreshToken: string;
  refreshExpiresAt: Date;
  refreshTokenId: string;
}

export interface ClientInfo {
  ip?: string | null;
  userAgent?: string | null;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');


@Injectable()
export class AuthService {
  /** Verified when the email is unknown, so response time does not reveal which emails exist. */
  private readonly dummyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  /**
   * Checks email and password. Repeated failures lock the account for a while (counted in the
   * database, so it holds across API replicas); a locked account is refused even with the right
   * password until the lock expires.
   *
   * Sign-ins on an existing account are audited, one entry per attempt written with the change it
   * goes with: `auth.login` (by the person), `auth.login_failed` (no actor: nobody proved who
   * tried; with the reason and the failure count) and `auth.locked` for the failure that locks the
   * account. Attempts on unknown emails have no record to name and are not audited. Neither the
   * password nor any token is ever recorded.
   */
  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.municipality', 'm')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    if (!user) {
      await verifyPassword(await this.dummyHash, password);
      throw this.invalidCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.audit.record({
        actorId: null, action: 'auth.login_failed', entityType: 'user', entityId: user.id,
        after: { reason: 'locked', failedLoginCount: user.failedLoginCount, lockedUntil: user.lockedUntil.toISOString() },
      });
      throw this.locked(user.lockedUntil);
    }
    const ok = await verifyPassword(user.passwordHash, password);
    if (!ok) {
      const { lockedUntil } = await this.users.manager.transaction(async (manager) => {
        const failure = await this.registerFailure(manager, user.id);
        await this.audit.record(
          {
            actorId: null, action: failure.lockedUntil ? 'auth.locked' : 'auth.login_failed', entityType: 'user', entityId: user.id,
            before: { failedLoginCount: user.failedLoginCount },
            after: failure.lockedUntil
              ? { reason: 'password', failedLoginCount: failure.failedLoginCount, lockedUntil: failure.lockedUntil.toISOString() }
              : { reason: 'password', failedLoginCount: failure.failedLoginCount },
          },
          manager,
        );
        return failure;
      });
      if (lockedUntil) throw this.locked(lockedUntil);
      throw this.invalidCredentials();
    }
    if (!user.active) {
      await this.audit.record({ actorId: null, action: 'auth.login_failed', entityType: 'user', entityId: user.id, after: { reason: 'inactive' } });
      throw new AuthException(Code.AccountInactive, 'La cuenta está desactivada; consulte a la administración de la EGM');
    }
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).update(user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() });
      await this.audit.record({ actorId: user.id, action: 'auth.login', entityType: 'user', entityId: user.id }, manager);
    });
    return user;
  }

  /** Counts a failure atomically and sets the lock when the threshold is reached. */
  private async registerFailure(manager: EntityManager, userId: string): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
    const [row] = await updateReturning<{ failed_login_count: number; locked_until: Date | null }>(
      manager,
      `UPDATE users SET
         failed_login_count = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_login_count + 1 END,
         locked_until = CASE
           WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_login_count + 1 END) >= $2
           THEN now() + make_interval(mins => $3) ELSE NULL END
       WHERE id = $1
       RETURNING failed_login_count, locked_until`,
      [userId, this.config.loginMaxFailures, this.config.loginLockMinutes],
    );
    return { failedLoginCount: row.failed_login_count, lockedUntil: row.locked_until };
  }

  async issueSession(user: User, client: ClientInfo, familyId: string = randomUUID()): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86400_000);
    const inserted = await this.tokens.insert({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
      userAgent: client.userAgent?.slice(0, 255) ?? null,
      ip: client.ip?.slice(0, 64) ?? null,
    });
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, roles: user.roles, mun: user.municipalityId },
      { expiresIn: this.config.accessTokenTtlSeconds },
    );
    return {
      session: { accessToken, expiresIn: this.config.accessTokenTtlSeconds, user: toUserDto(user) },
      refreshToken,
      refreshExpiresAt,
      refreshTokenId: (inserted.identifiers[0] as { id: string }).id,
    };
  }

  /**
   * Rotates a refresh token: the presented token is revoked (atomically, so two concurrent uses
   * cannot both succeed) and a new one issued in the same family. Presenting an already revoked
   * token is treated as theft: the whole family is revoked.
   */
  async refresh(presented: string | undefined, client: ClientInfo): Promise<IssuedSession> {
    if (!presented) throw this.invalidRefresh();
    const hash = sha256(presented);
    const claimed = await updateReturning<Pick<RefreshToken, 'id' | 'userId' | 'familyId'>>(
      this.tokens,
      `UPDATE refresh_tokens SET revoked_at = now()
       WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
       RETURNING id, user_id AS "userId", family_id AS "familyId"`,
      [hash],
    );
    if (claimed.length === 0) {
      const known = await this.tokens.findOneBy({ tokenHash: hash });
      if (known?.revokedAt) await this.revokeFamily(known.familyId);
      throw this.invalidRefresh();
    }
    const [token] = claimed;
    const user = await this.users.findOne({ where: { id: token.userId }, relations: { municipality: true } });
    if (!user || !user.active) {
      await this.revokeFamily(token.familyId);
      throw this.invalidRefresh();
    }
    const issued = await this.issueSession(user, client, token.familyId);
    await this.tokens.update({ id: token.id }, { replacedBy: issued.refreshTokenId });
    return issued;
  }

  async logout(presented: string | undefined): Promise<void> {
    if (!presented) return;
    const token = await this.tokens.findOneBy({ tokenHash: sha256(presented) });
    if (token) await this.revokeFamily(token.familyId);
  }

  /** Loads the user behind an access token; inactive or deleted users are refused at once. */
  async userForToken(userId: string): Promise<AuthUser | null> {
    // Runs on every authenticated request: plain SQL by primary key, no query building.
    const rows = (await this.users.query(`SELECT id, email, roles, municipality_id FROM users WHERE id = $1 AND active`, [userId])) as {
      id: string;
      email: string;
      roles: Role[];
      municipality_id: string | null;
    }[];
    const user = rows[0];
    return user ? { id: user.id, email: user.email, roles: user.roles, municipalityId: user.municipality_id } : null;
  }

  async me(userId: string) {
    const user = await this.users.findOneOrFail({ where: { id: userId }, relations: { municipality: true } });
    return toUserDto(user);
  }

  private async revokeFamily(familyId: string) {
    await this.tokens.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  private invalidCredentials() {
    return new AuthException(Code.InvalidCredentials, 'Correo o contraseña incorrectos');
  }

  private invalidRefresh() {
    return new AuthException(Code.InvalidRefreshToken, 'La sesión expiró; ingrese nuevamente');
  }

  private locked(until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60000));
    return new AuthException(Code.AccountLocked, `Cuenta bloqueada temporalmente por intentos fallidos; intente de nuevo en ${minutes} minuto(s)`);
  }
}
