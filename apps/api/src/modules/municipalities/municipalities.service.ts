import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { isAgreementInForce } from '@campus/domain';
import { containsPattern } from '../../common/database/like';
import { AuditService } from '../audit/audit.service';
import { Agreement } from './entities/agreement.entity';
import { Municipality } from './entities/municipality.entity';
import { toAgreementDto } from './dto/municipality.dto';
import type {
  AgreementDto,
  CreateAgreementDto,
  CreateMunicipalityDto,
  MunicipalityDto,
  MunicipalityQueryDto,
  UpdateAgreementDto,
  UpdateMunicipalityDto,
} from './dto/municipality.dto';
import { MunicipalitiesException, MunicipalitiesExceptionCode as Code } from './municipalities.exception';

/** Today's date in La Paz (UTC-4, no daylight saving), as yyyy-mm-dd. */
export const todayInLaPaz = (now = new Date()): string =>
  new Date(now.getTime() - 4 * 3600_000).toISOString().slice(0, 10);

@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(Agreement) private readonly agreements: Repository<Agreement>,
    private readonly audit: AuditService,
  ) {}

  async list(query: MunicipalityQueryDto): Promise<MunicipalityDto[]> {
    const today = todayInLaPaz();
    const qb = this.municipalities
      .createQueryBuilder('m')
      .addSelect(
        `EXISTS (SELECT 1 FROM agreements a WHERE a.municipality_id = m.id AND a.valid_from <= :today
          AND (a.valid_until IS NULL OR a.valid_until >= :today))`,
        'in_force',
      )
      .setParameter('today', today)
      .orderBy('m.country', 'ASC')
      .addOrderBy('m.department', 'ASC', 'NULLS LAST')
      .addOrderBy('m.name', 'ASC');
    if (query.search) {
      const term = containsPattern(query.search);
      qb.andWhere(new Brackets((w) => w.where('lower(m.name) LIKE :term', { term }).orWhere('lower(m.code) LIKE :term')));
    }
    if (query.department) qb.andWhere('m.department = :department', { department: query.department });
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    if (query.country) qb.andWhere('m.country = :country', { country: query.country });
    const { entities, raw } = await qb.getRawAndEntities<{ in_force: boolean }>();
    return entities.map((m, index) => this.toDto(m, raw[index]?.in_force === true));
  }

  async get(id: string): Promise<MunicipalityDto> {
    const municipality = await this.find(id);
    const agreements = await this.agreements.findBy({ municipalityId: id });
    const today = todayInLaPaz();
    return this.toDto(municipality, agreements.some((a) => isAgreementInForce(a, today)));
  }

  async create(dto: CreateMunicipalityDto, actorId: string): Promise<MunicipalityDto> {
    this.checkDepartment(dto.country, dto.department ?? null);
    await this.checkCodeFree(dto.code);
    const saved = await this.municipalities.manager.transaction(async (manager) => {
      const municipality = await manager.getRepository(Municipality).save({ ...dto, department: dto.department ?? null });
      await this.audit.record({ actorId, action: 'municipality.create', entityType: 'municipality', entityId: municipality.id, after: dto }, manager);
      return municipality;
    });
    return this.get(saved.id);
  }

  async update(id: string, dto: UpdateMunicipalityDto, actorId: string): Promise<MunicipalityDto> {
    const current = await this.find(id);
    const next = { ...current, ...dto };
    this.checkDepartment(next.country, next.department ?? null);
    if (dto.code && dto.code !== current.code) await this.checkCodeFree(dto.code);
    await this.municipalities.manager.transaction(async (manager) => {
      await manager.getRepository(Municipality).update(id, dto);
      await this.audit.record({ actorId, action: 'municipality.update', entityType: 'municipality', entityId: id, before: current, after: dto }, manager);
    });
    return this.get(id);
  }

  async listAgreements(municipalityId: string): Promise<AgreementDto[]> {
    await this.find(municipalityId);
    const today = todayInLaPaz();
    const agreements = await this.agreements.find({ where: { municipalityId }, order: { validFrom: 'DESC' } });
    return agreements.map((a) => toAgreementDto(a, today, isAgreementInForce));
  }

  async createAgreement(municipalityId: string, dto: CreateAgreementDto, actorId: string): Promise<AgreementDto> {
    await this.find(municipalityId);
    this.checkDates(dto.validFrom, dto.validUntil ?? null);
    const agreement = await this.agreements.manager.transaction(async (manager) => {
      const saved = await manager.getRepository(Agreement).save({
        municipalityId,
        title: dto.title,
        scope: dto.scope ?? null,
        signedOn: dto.signedOn,
        validFrom: dto.validFrom,
        validUntil: dto.validUntil ?? null,
      });
      await this.audit.record({ actorId, action: 'agreement.create', entityType: 'agreement', entityId: saved.id, after: dto }, manager);
      return saved;
    });
    return toAgreementDto(agreement, todayInLaPaz(), isAgreementInForce);
  }

  async updateAgreement(id: string, dto: UpdateAgreementDto, actorId: string): Promise<AgreementDto> {
    const current = await this.findAgreement(id);
    const next = { ...current, ...dto };
    this.checkDates(next.validFrom, next.validUntil ?? null);
    await this.agreements.manager.transaction(async (manager) => {
      await manager.getRepository(Agreement).update(id, dto);
      await this.audit.record({ actorId, action: 'agreement.update', entityType: 'agreement', entityId: id, before: current, after: dto }, manager);
    });
    return toAgreementDto(await this.findAgreement(id), todayInLaPaz(), isAgreementInForce);
  }

  async deleteAgreement(id: string, actorId: string): Promise<void> {
    const current = await this.findAgreement(id);
    await this.agreements.manager.transaction(async (manager) => {
      await manager.getRepository(Agreement).delete(id);
      await this.audit.record({ actorId, action: 'agreement.delete', entityType: 'agreement', entityId: id, before: current }, manager);
    });
  }

  /** Municipalities by INE code, for imports. */
  async findByCodes(codes: string[]): Promise<Map<string, Municipality>> {
    if (codes.length === 0) return new Map();
    const found = await this.municipalities.createQueryBuilder('m').where('m.code IN (:...codes)', { codes }).getMany();
    return new Map(found.map((m) => [m.code, m]));
  }

  async find(id: string): Promise<Municipality> {
    const municipality = await this.municipalities.findOneBy({ id });
    if (!municipality) throw new MunicipalitiesException(Code.MunicipalityNotFound, 'Municipio no encontrado');
    return municipality;
  }

  private async findAgreement(id: string): Promise<Agreement> {
    const agreement = await this.agreements.findOneBy({ id });
    if (!agreement) throw new MunicipalitiesException(Code.AgreementNotFound, 'Convenio no encontrado');
    return agreement;
  }

  private async checkCodeFree(code: string) {
    if (await this.municipalities.existsBy({ code })) {
      throw new MunicipalitiesException(Code.CodeTaken, 'Ya existe un municipio con ese código', [
        { field: 'code', message: `El código ${code} ya está registrado` },
      ]);
    }
  }

  private checkDepartment(country: string, department: string | null) {
    if (country === 'BO' && !department) {
      throw new MunicipalitiesException(Code.DepartmentRequired, 'Un municipio de Bolivia necesita su departamento', [
        { field: 'department', message: 'Es obligatorio para municipios de Bolivia' },
      ]);
    }
  }

  private checkDates(validFrom: string, validUntil: string | null) {
    if (validUntil && validUntil < validFrom) {
      throw new MunicipalitiesException(Code.InvalidAgreementDates, 'La vigencia termina antes de empezar', [
        { field: 'validUntil', message: 'Debe ser igual o posterior a la fecha de inicio de vigencia' },
      ]);
    }
  }

  private toDto(m: Municipality, agreementInForce: boolean): MunicipalityDto {
    return {
      id: m.id,
      code: m.code,
      name: m.name,
      department: m.department,
      kind: m.kind,
      country: m.country,
      isPartner: m.isPartner,
      agreementInForce,
    };
  }
}
