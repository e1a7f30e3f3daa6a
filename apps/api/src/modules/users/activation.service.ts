import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { IsNull, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { updateReturning } from '../../common/database/returning';
import { hashPassword } from '../../common/security/passwords';
import { AuditService } from '../audit/audit.service';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { AccountToken } from './entities/account-token.entity';
import { User } from './entities/user.entity';
import type { ActivationInfoDto, ActivationLinkDto } from './dto/activation.dto';
import { UsersException, UsersExceptionCode as Code } from './users.exception';

/** How long an activation link stays valid. */
export const ACTIVATION_TTL_DAYS = 14;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * One-time activation links: the way imported officials (who have no password) choose one, and
 * the way an admin lets someone who forgot theirs set a new one. A new link invalidates the
 * person's earlier unused links; using a link sets the password and spends the link.
 */
@Injectable()
export class ActivationService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(AccountToken) private readonly tokens: Repository<AccountToken>,
    private readonly audit: AuditService,
  ) {}

  async issueLink(userId: string, origin: string, actor: AuthUser): Promise<ActivationLinkDto> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new UsersException(Code.NotFound, 'Usuario no encontrado');
    if (!user.active) {
      throw new UsersException(Code.InactiveAccount, 'La cuenta está desactivada: actívela antes de generar un enlace');
    }
    return this.users.manager.transaction(async (manager) => {
      const link = await this.createToken(manager, user.id, origin, actor.id);
      await this.audit.record({ actorId: actor.id, action: 'user.activation_link', entityType: 'user', entityId: user.id, after: { expiresAt: link.expiresAt } }, manager);
      return link;
    });
  }

  /**
   * A CSV (UTF-8 with BOM, `;`) with a fresh link for every active person still pending
   * activation, optionally of one municipality: for the liaisons to hand out.
   */
  async issueLinksCsv(origin: string, actor: AuthUser, municipalityId?: string): Promise<{ csv: string; count: number }> {
    return this.users.manager.transaction(async (manager) => {
      const qb = manager.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.municipality', 'm')
        .where('u.pending_activation AND u.active')
        .orderBy('m.name', 'ASC', 'NULLS LAST').addOrderBy('u.lastNames', 'ASC').addOrderBy('u.firstNames', 'ASC');
      if (municipalityId) qb.andWhere('u.municipality_id = :municipalityId', { municipalityId });
      const pending = await qb.getMany();
      const rows: string[][] = [];
      for (const user of pending) {
        const link = await this.createToken(manager, user.id, origin, actor.id);
        rows.push([user.email, user.firstNames, user.lastNames, user.municipality?.name ?? '', link.url, link.expiresAt.slice(0, 10)]);
      }
      await this.audit.record({ actorId: actor.id, action: 'user.activation_links_export', entityType: 'user', after: { count: rows.length, municipalityId: municipalityId ?? null } }, manager);
      const csv = stringify(rows, { header: true, columns: ['correo', 'nombres', 'apellidos', 'municipio', 'enlace', 'vence'], delimiter: ';', bom: true });
      return { csv, count: rows.length };
    });
  }

  async describe(token: string): Promise<ActivationInfoDto> {
    const { user, record } = await this.findUsable(token);
    return { email: user.email, fullName: `${user.firstNames} ${user.lastNames}`, expiresAt: record.expiresAt.toISOString() };
  }

  /** Sets the password and spends the link, atomically: a link works once, even under retries. */
  async activate(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.tokens.manager.transaction(async (manager) => {
      const spent = await updateReturning<{ user_id: string }>(
        manager,
        `UPDATE account_tokens SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING user_id`,
        [sha256(token)],
      );
      const userId = spent[0]?.user_id;
      const user = userId ? await manager.getRepository(User).findOneBy({ id: userId, active: true }) : null;
      if (!user) throw this.invalid();
      await manager.getRepository(User).update(user.id, { passwordHash, failedLoginCount: 0, lockedUntil: null });
      // Any session of the old password ends.
      await manager.getRepository(RefreshToken).update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record({ actorId: user.id, action: 'user.activate_account', entityType: 'user', entityId: user.id }, manager);
    });
  }

  private async createToken(manager: EntityManager, userId: string, origin: string, createdBy: string): Promise<ActivationLinkDto & { expiresAt: string }> {
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + ACTIVATION_TTL_DAYS * 86400_000);
    const repository = manager.getRepository(AccountToken);
    await repository.update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
    await repository.insert({ userId, purpose: 'activation', tokenHash: sha256(token), expiresAt, createdBy });
    return { url: `${origin.replace(/\/$/, '')}/activar/${token}`, expiresAt: expiresAt.toISOString() };
  }

  private async findUsable(token: string): Promise<{ user: User; record: AccountToken }> {
    const record = await this.tokens.findOneBy({ tokenHash: sha256(token) });
    if (!record || record.usedAt || record.expiresAt <= new Date()) throw this.invalid();
    const user = await this.users.findOneBy({ id: record.userId, active: true });
    if (!user) throw this.invalid();
    return { user, record };
  }

  private invalid() {
    return new UsersException(Code.InvalidActivationLink, 'El enlace no es válido o ya venció');
  }
}
