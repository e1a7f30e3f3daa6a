import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { ImportError } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { hashPassword, UNUSABLE_PASSWORD, verifyPassword } from '../../common/security/passwords';
import { containsPattern } from '../../common/database/like';
import { AuditService } from '../audit/audit.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { toUserDto } from './dto/user.dto';
import type {
  ChangePasswordDto, CreateUserDto, ImportResultDto, SetRolesDto, UpdateProfileDto, UpdateUserDto, UserDto, UserPageDto, UserQueryDto,
} from './dto/user.dto';
import { requireUserAccess, scopeUsersQuery } from './users.access';
import { UsersException, UsersExceptionCode as Code } from './users.exception';
import { parseOfficialsCsv } from './users-import';

/** What the audit log keeps of a user: no password hash, no lockout counters. */
const auditView = (u: Partial<User>) => ({
  email: u.email, firstNames: u.firstNames, lastNames: u.lastNames, roles: u.roles, active: u.active,
  municipalityId: u.municipalityId, orgUnit: u.orgUnit, position: u.position,
  nationalIdNumber: u.nationalIdNumber, nationalIdComplement: u.nationalIdComplement, nationalIdIssuedIn: u.nationalIdIssuedIn, gender: u.gender, phone: u.phone,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
  ) {}

  async list(query: UserQueryDto, viewer: AuthUser): Promise<UserPageDto> {
    const qb = this.users.createQueryBuilder('u').leftJoinAndSelect('u.municipality', 'm');
    scopeUsersQuery(qb, 'u', viewer);
    if (query.search) {
      const term = containsPattern(query.search);
      qb.andWhere(
        new Brackets((w) =>
          w.where(`lower(u.first_names || ' ' || u.last_names) LIKE :term`, { term })
            .orWhere('u.email LIKE :term')
            .orWhere('u.national_id_number LIKE :term'),
        ),
      );
    }
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.municipalityId) qb.andWhere('u.municipality_id = :mid', { mid: query.municipalityId });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    qb.orderBy('u.lastNames', 'ASC').addOrderBy('u.firstNames', 'ASC').addOrderBy('u.id', 'ASC');
    qb.skip((query.page - 1) * query.pageSize).take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return { items: items.map(toUserDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, viewer: AuthUser): Promise<UserDto> {
    const user = await this.find(id);
    requireUserAccess(viewer, user);
    return toUserDto(user);
  }

  async create(dto: CreateUserDto, actor: AuthUser): Promise<UserDto> {
    await this.municipalities.find(dto.municipalityId).catch(() => {
      throw new UsersException(Code.UnknownMunicipality, 'El municipio no existe', [{ field: 'municipalityId', message: 'Municipio desconocido' }]);
    });
    await this.checkUnique(dto.email, dto.nationalIdNumber, dto.nationalIdComplement ?? null);
    const { password, ...fields } = dto;
    const passwordHash = await hashPassword(password);
    const id = await this.users.manager.transaction(async (manager) => {
      const saved = await manager.getRepository(User).save({ ...fields, passwordHash, nationalIdComplement: fields.nationalIdComplement ?? null });
      await this.audit.record({ actorId: actor.id, action: 'user.create', entityType: 'user', entityId: saved.id, after: auditView(saved) }, manager);
      return saved.id;
    });
    return toUserDto(await this.find(id));
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<UserDto> {
    const current = await this.find(id);
    if (dto.municipalityId && dto.municipalityId !== current.municipalityId) {
      await this.municipalities.find(dto.municipalityId).catch(() => {
        throw new UsersException(Code.UnknownMunicipality, 'El municipio no existe', [{ field: 'municipalityId', message: 'Municipio desconocido' }]);
      });
    }
    if (dto.roles && id === actor.id && !dto.roles.includes('admin')) this.refuseSelfLockout();
    await this.checkUnique(dto.email ?? current.email, dto.nationalIdNumber ?? current.nationalIdNumber,
      dto.nationalIdComplement === undefined ? current.nationalIdComplement : dto.nationalIdComplement, id);
    const { password, ...fields } = dto;
    const changes: Partial<User> = { ...fields };
    if (password) changes.passwordHash = await hashPassword(password);
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).update(id, changes);
      if (password) await this.revokeSessions(manager, id);
      const action = dto.roles ? 'user.update_with_roles' : 'user.update';
      await this.audit.record({ actorId: actor.id, action, entityType: 'user', entityId: id, before: auditView(current), after: { ...auditView({ ...current, ...changes }), passwordReset: Boolean(password) } }, manager);
    });
    return toUserDto(await this.find(id));
  }

  async setRoles(id: string, dto: SetRolesDto, actor: AuthUser): Promise<UserDto> {
    const current = await this.find(id);
    if (id === actor.id && !dto.roles.includes('admin')) this.refuseSelfLockout();
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).update(id, { roles: dto.roles });
      await this.audit.record({ actorId: actor.id, action: 'user.roles', entityType: 'user', entityId: id, before: { roles: current.roles }, after: { roles: dto.roles } }, manager);
    });
    return toUserDto(await this.find(id));
  }

  async setActive(id: string, active: boolean, actor: AuthUser): Promise<UserDto> {
    const current = await this.find(id);
    if (!active && id === actor.id) this.refuseSelfLockout();
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).update(id, { active, failedLoginCount: 0, lockedUntil: null });
      if (!active) await this.revokeSessions(manager, id);
      await this.audit.record({ actorId: actor.id, action: active ? 'user.activate' : 'user.deactivate', entityType: 'user', entityId: id, before: { active: current.active }, after: { active } }, manager);
    });
    return toUserDto(await this.find(id));
  }

  /** The person edits their own contact details; the audit keeps only the fields that changed. */
  async updateProfile(viewer: AuthUser, dto: UpdateProfileDto): Promise<UserDto> {
    await this.users.manager.transaction(async (manager) => {
      const repository = manager.getRepository(User);
      const current = await repository.findOneOrFail({ where: { id: viewer.id }, lock: { mode: 'pessimistic_write' } });
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(dto) as [keyof UpdateProfileDto, unknown][]) {
        if (value === undefined || (current[field] ?? null) === (value ?? null)) continue;
        before[field] = current[field] ?? null;
        after[field] = value ?? null;
      }
      if (Object.keys(after).length === 0) return;
      await repository.update(viewer.id, dto);
      await this.audit.record({ actorId: viewer.id, action: 'user.profile_update', entityType: 'user', entityId: viewer.id, before, after }, manager);
    });
    return toUserDto(await this.find(viewer.id));
  }

  async changePassword(viewer: AuthUser, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: viewer.id }).getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      throw new UsersException(Code.WrongPassword, 'La contraseña actual no es correcta', [{ field: 'currentPassword', message: 'No es correcta' }]);
    }
    const passwordHash = await hashPassword(dto.newPassword);
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).update(viewer.id, { passwordHash });
      await this.audit.record({ actorId: viewer.id, action: 'user.change_password', entityType: 'user', entityId: viewer.id }, manager);
    });
  }

  /**
   * Imports officials from CSV, all or nothing: every row is validated (format, municipality,
   * duplicates in the file and in the database) before anything is written, and the write is one
   * transaction. Imported accounts get the participant role and no usable password until an
   * admin sets one.
   */
  async importOfficials(buffer: Buffer, dryRun: boolean, actor: AuthUser): Promise<ImportResultDto> {
    const parsed = parseOfficialsCsv(buffer);
    const errors: ImportError[] = [...parsed.errors];
    const municipalities = await this.municipalities.findByCodes([...new Set(parsed.municipalityCodes.map((m) => m.code))]);
    for (const { line, code } of parsed.municipalityCodes) {
      if (!municipalities.has(code)) errors.push({ line, field: 'municipio', message: `Código de municipio desconocido «${code}»` });
    }
    const emails = parsed.rows.map((r) => r.row.email);
    const existingEmails = new Set(
      emails.length ? (await this.users.find({ select: { email: true }, where: { email: In(emails) } })).map((u) => u.email) : [],
    );
    const ids = parsed.rows.map((r) => r.row.nationalIdNumber);
    const existingIds = new Set(
      ids.length
        ? (await this.users.find({ select: { nationalIdNumber: true, nationalIdComplement: true }, where: { nationalIdNumber: In(ids) } }))
            .map((u) => `${u.nationalIdNumber}-${u.nationalIdComplement ?? ''}`)
        : [],
    );
    const seenEmails = new Map<string, number>();
    const seenIds = new Map<string, number>();
    for (const { line, row } of parsed.rows) {
      if (existingEmails.has(row.email)) errors.push({ line, field: 'correo', message: `Ya existe una cuenta con el correo ${row.email}` });
      else if (seenEmails.has(row.email)) errors.push({ line, field: 'correo', message: `Correo repetido (también en la línea ${seenEmails.get(row.email)})` });
      const idKey = `${row.nationalIdNumber}-${row.nationalIdComplement ?? ''}`;
      if (existingIds.has(idKey)) errors.push({ line, field: 'ci', message: `Ya existe una cuenta con el CI ${row.nationalIdNumber}` });
      else if (seenIds.has(idKey)) errors.push({ line, field: 'ci', message: `CI repetido (también en la línea ${seenIds.get(idKey)})` });
      seenEmails.set(row.email, seenEmails.get(row.email) ?? line);
      seenIds.set(idKey, seenIds.get(idKey) ?? line);
    }
    if (errors.length > 0) {
      errors.sort((a, b) => a.line - b.line); // stable: within a line, format errors come first
      throw new UsersException(Code.ImportInvalid, `El archivo tiene ${errors.length} error(es); no se guardó nada`, errors);
    }
    if (dryRun) return { dryRun, rows: parsed.dataRows, created: 0 };
    await this.users.manager.transaction(async (manager) => {
      const values = parsed.rows.map(({ row }) => {
        const { municipalityCode, ...fields } = row;
        return { ...fields, municipalityId: municipalities.get(municipalityCode)!.id, passwordHash: UNUSABLE_PASSWORD, roles: ['participant' as const] };
      });
      for (let i = 0; i < values.length; i += 500) {
        await manager.getRepository(User).insert(values.slice(i, i + 500));
      }
      await this.audit.record({ actorId: actor.id, action: 'user.import', entityType: 'user', after: { created: values.length } }, manager);
    });
    return { dryRun, rows: parsed.dataRows, created: parsed.rows.length };
  }

  async find(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id }, relations: { municipality: true } });
    if (!user) throw new UsersException(Code.NotFound, 'Usuario no encontrado');
    return user;
  }

  private refuseSelfLockout(): never {
    throw new UsersException(Code.CannotLockOutSelf, 'No puede quitarse a sí mismo el rol de administrador ni desactivar su propia cuenta', [
      { field: 'roles', message: 'Otra persona administradora debe hacer este cambio' },
    ]);
  }

  private async revokeSessions(manager: EntityManager, userId: string) {
    await manager.getRepository(RefreshToken).createQueryBuilder().update().set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId }).execute();
  }

  private async checkUnique(email: string, nationalIdNumber: string, complement: string | null, exceptId?: string) {
    const errors = [];
    const byEmail = await this.users.findOneBy({ email });
    if (byEmail && byEmail.id !== exceptId) errors.push({ field: 'email', message: 'Ya existe una cuenta con este correo' });
    const byId = await this.users.createQueryBuilder('u')
      .where('u.national_id_number = :n AND coalesce(u.national_id_complement, \'\') = :c', { n: nationalIdNumber, c: complement ?? '' })
      .getOne();
    if (byId && byId.id !== exceptId) errors.push({ field: 'nationalIdNumber', message: 'Ya existe una cuenta con este CI' });
    if (errors.length > 0) {
      throw new UsersException(errors[0].field === 'email' ? Code.EmailTaken : Code.NationalIdTaken, 'Ya existe una cuenta con esos datos', errors);
    }
  }
}
