import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { isCallOpen, laPazToday } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { AuditService } from '../audit/audit.service';
import { CallsException, CallsExceptionCode as Code } from './calls.exception';
import type { CreateInternshipCallDto, HostUnitDto, HostUnitInputDto, InternshipCallDto, TutorOptionDto, UpdateInternshipCallDto } from './dto/calls.dto';
import { HostUnit } from './entities/host-unit.entity';
import { InternshipCall } from './entities/internship-call.entity';
import { overseesCalls } from './internships.access';

/** Placement statuses that hold one of a unit's places (proposals and withdrawals do not). */
export const PLACE_HOLDING_STATUSES = ['confirmed', 'in_progress', 'report_submitted', 'approved', 'not_approved'];

const auditView = (c: Partial<InternshipCall> & { hostUnits?: unknown }) => ({
  gestion: c.gestion, title: c.title, opensOn: c.opensOn, closesOn: c.closesOn, status: c.status, hostUnits: c.hostUnits,
});

const dateOf = (value: string | Date): string => (typeof value === 'string' ? value : value.toISOString().slice(0, 10));

/**
 * Internship calls (convocatorias) and the host units they offer. Coordinators write them as
 * drafts, publish them (at least one host unit) and close them; everyone else sees them once
 * published.
 */
@Injectable()
export class CallsService {
  constructor(
    @InjectRepository(InternshipCall) private readonly calls: Repository<InternshipCall>,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: AuthUser): Promise<InternshipCallDto[]> {
    const qb = this.calls.createQueryBuilder('c').orderBy('c.gestion', 'DESC').addOrderBy('c.opensOn', 'DESC');
    if (!overseesCalls(viewer)) qb.where(`c.status <> 'draft'`);
    const rows = await qb.getMany();
    return this.toDtos(rows, viewer);
  }

  async get(id: string, viewer: AuthUser): Promise<InternshipCallDto> {
    const call = await this.calls.findOneBy({ id });
    if (!call || (call.status === 'draft' && !overseesCalls(viewer))) {
      throw new CallsException(Code.CallNotFound, 'Convocatoria no encontrada');
    }
    return (await this.toDtos([call], viewer))[0];
  }

  /** Active people with the tutor role, for the host units' tutor picker. */
  async tutors(): Promise<TutorOptionDto[]> {
    const rows: { id: string; name: string; email: string }[] = await this.calls.manager.query(
      `SELECT id, first_names || ' ' || last_names AS name, email FROM users
        WHERE active AND 'tutor' = ANY(roles) ORDER BY last_names, first_names`,
    );
    return rows;
  }

  async create(dto: CreateInternshipCallDto, actor: AuthUser): Promise<InternshipCallDto> {
    this.checkWindow(dto.opensOn, dto.closesOn);
    const units = dto.hostUnits ?? [];
    const id = await this.calls.manager
      .transaction(async (manager) => {
        await this.checkUnits(manager, units, []);
        const values = {
          gestion: dto.gestion, title: dto.title, description: dto.description ?? '', requirements: dto.requirements ?? '',
          opensOn: dto.opensOn, closesOn: dto.closesOn, status: 'draft' as const, createdBy: actor.id,
        };
        const saved = await manager.getRepository(InternshipCall).save(values);
        await this.replaceUnits(manager, saved.id, units);
        await this.audit.record(
          { actorId: actor.id, action: 'internship_call.create', entityType: 'internship_call', entityId: saved.id, after: auditView({ ...values, hostUnits: units }) },
          manager,
        );
        return saved.id;
      })
      .catch((error: unknown) => this.rethrowNameTaken(error));
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateInternshipCallDto, actor: AuthUser): Promise<InternshipCallDto> {
    await this.calls.manager
      .transaction(async (manager) => {
        const current = await this.lockCall(manager, id);
        if (current.status === 'closed') throw new CallsException(Code.CallNotEditable, 'La convocatoria está cerrada: ya no se puede editar');
        const next = {
          gestion: dto.gestion ?? current.gestion, title: dto.title ?? current.title,
          description: dto.description ?? current.description, requirements: dto.requirements ?? current.requirements,
          opensOn: dto.opensOn ?? dateOf(current.opensOn), closesOn: dto.closesOn ?? dateOf(current.closesOn),
        };
        this.checkWindow(next.opensOn, next.closesOn);
        const existing: { id: string }[] = await manager.query(`SELECT id FROM host_units WHERE call_id = $1`, [id]);
        if (dto.hostUnits) {
          await this.checkUnits(manager, dto.hostUnits, existing.map((u) => u.id));
          if (current.status === 'published' && dto.hostUnits.length === 0) {
            throw new CallsException(Code.InvalidCall, 'Una convocatoria publicada debe ofrecer al menos una unidad', [
              { field: 'hostUnits', message: 'Agregue al menos una unidad receptora' },
            ]);
          }
        }
        await manager.getRepository(InternshipCall).update(id, next);
        if (dto.hostUnits) await this.replaceUnits(manager, id, dto.hostUnits);
        await this.audit.record(
          {
            actorId: actor.id, action: 'internship_call.update', entityType: 'internship_call', entityId: id,
            before: auditView(current), after: auditView({ ...next, status: current.status, hostUnits: dto.hostUnits }),
          },
          manager,
        );
      })
      .catch((error: unknown) => this.rethrowNameTaken(error));
    return this.get(id, actor);
  }

  /** draft → published (needs at least one host unit), published → closed. */
  async setStatus(id: string, status: 'published' | 'closed', actor: AuthUser): Promise<InternshipCallDto> {
    await this.calls.manager.transaction(async (manager) => {
      const current = await this.lockCall(manager, id);
      const from = status === 'published' ? 'draft' : 'published';
      if (current.status !== from) {
        const now = current.status === 'draft' ? 'en borrador' : current.status === 'published' ? 'publicada' : 'cerrada';
        throw new CallsException(Code.InvalidStatusChange, `La convocatoria ya está ${now}`);
      }
      if (status === 'published') {
        const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM host_units WHERE call_id = $1`, [id]);
        if (count === 0) {
          throw new CallsException(Code.InvalidCall, 'Agregue al menos una unidad receptora antes de publicar', [
            { field: 'hostUnits', message: 'Agregue al menos una unidad receptora' },
          ]);
        }
      }
      await manager.getRepository(InternshipCall).update(id, { status, ...(status === 'published' ? { publishedAt: new Date() } : {}) });
      await this.audit.record(
        {
          actorId: actor.id, action: status === 'published' ? 'internship_call.publish' : 'internship_call.close',
          entityType: 'internship_call', entityId: id, before: { status: current.status }, after: { status },
        },
        manager,
      );
    });
    return this.get(id, actor);
  }

  private async lockCall(manager: EntityManager, id: string): Promise<InternshipCall> {
    const call = await manager.getRepository(InternshipCall).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!call) throw new CallsException(Code.CallNotFound, 'Convocatoria no encontrada');
    return call;
  }

  private checkWindow(opensOn: string, closesOn: string): void {
    if (closesOn < opensOn) {
      throw new CallsException(Code.InvalidCall, 'El cierre de postulaciones debe ser igual o posterior a su apertura', [
        { field: 'closesOn', message: 'Debe ser igual o posterior a la fecha de apertura' },
      ]);
    }
  }

  /** Dates, distinct names, known and current competencies, tutors with the tutor role, units kept that belong to the call. */
  private async checkUnits(manager: EntityManager, units: HostUnitInputDto[], existingIds: string[]): Promise<void> {
    const errors: FieldError[] = [];
    const names = new Set<string>();
    const competencyIds = [...new Set(units.flatMap((u) => (u.competencies ?? []).map((c) => c.competencyId)))];
    const tutorIds = [...new Set(units.flatMap((u) => u.tutorIds ?? []))];
    const competencies: { id: string }[] = competencyIds.length
      ? await manager.query(`SELECT id FROM competency_items WHERE id = ANY($1) AND kind = 'competency' AND retired_at IS NULL`, [competencyIds])
      : [];
    const goodCompetencies = new Set(competencies.map((c) => c.id));
    const tutors: { id: string }[] = tutorIds.length
      ? await manager.query(`SELECT id FROM users WHERE id = ANY($1) AND active AND 'tutor' = ANY(roles)`, [tutorIds])
      : [];
    const goodTutors = new Set(tutors.map((t) => t.id));
    units.forEach((unit, i) => {
      const at = `hostUnits.${i}`;
      if (unit.id && !existingIds.includes(unit.id)) errors.push({ field: `${at}.id`, message: 'No es una unidad de esta convocatoria' });
      const key = unit.name.toLocaleLowerCase('es');
      if (names.has(key)) errors.push({ field: `${at}.name`, message: 'Otra unidad de la convocatoria ya tiene este nombre' });
      names.add(key);
      if (unit.endsOn < unit.startsOn) errors.push({ field: `${at}.endsOn`, message: 'Debe ser igual o posterior a la fecha de inicio' });
      const seen = new Set<string>();
      (unit.competencies ?? []).forEach((c, j) => {
        if (!goodCompetencies.has(c.competencyId)) {
          errors.push({ field: `${at}.competencies.${j}.competencyId`, message: 'No es una competencia vigente del marco' });
        } else if (seen.has(c.competencyId)) {
          errors.push({ field: `${at}.competencies.${j}.competencyId`, message: 'Competencia repetida' });
        }
        seen.add(c.competencyId);
      });
      (unit.tutorIds ?? []).forEach((t, j) => {
        if (!goodTutors.has(t)) errors.push({ field: `${at}.tutorIds.${j}`, message: 'No es una persona activa con el rol de tutor/a' });
      });
    });
    if (errors.length) throw new CallsException(Code.InvalidCall, 'Revise las unidades receptoras', errors);
  }

  /** Replaces the call's units: updates those kept (by id), inserts new ones, deletes the others (unless chosen or placed). */
  private async replaceUnits(manager: EntityManager, callId: string, units: HostUnitInputDto[]): Promise<void> {
    const keep = units.filter((u) => u.id).map((u) => u.id as string);
    const removed: { id: string; name: string; used: boolean }[] = await manager.query(
      `SELECT h.id, h.name,
              EXISTS (SELECT 1 FROM application_preferences p WHERE p.host_unit_id = h.id)
              OR EXISTS (SELECT 1 FROM placements pl WHERE pl.host_unit_id = h.id) AS used
         FROM host_units h WHERE h.call_id = $1 AND NOT (h.id = ANY($2))`,
      [callId, keep],
    );
    const used = removed.filter((u) => u.used);
    if (used.length) {
      throw new CallsException(Code.UnitInUse, `No se puede quitar una unidad que ya fue elegida en postulaciones: ${used.map((u) => u.name).join(', ')}`, [
        { field: 'hostUnits', message: `Ya elegida en postulaciones: ${used.map((u) => u.name).join(', ')}` },
      ]);
    }
    if (removed.length) await manager.query(`DELETE FROM host_units WHERE id = ANY($1)`, [removed.map((u) => u.id)]);
    // Free the names first, so units may swap names within one save.
    if (keep.length) await manager.query(`UPDATE host_units SET name = id::text WHERE id = ANY($1)`, [keep]);
    for (const unit of units) {
      const values = {
        callId, name: unit.name, description: unit.description ?? '', places: unit.places, startsOn: unit.startsOn, endsOn: unit.endsOn,
      };
      let unitId = unit.id;
      if (unitId) {
        const [{ taken }] = await manager.query(
          `SELECT count(*)::int AS taken FROM placements WHERE host_unit_id = $1 AND status = ANY($2)`, [unitId, PLACE_HOLDING_STATUSES],
        );
        if (unit.places < taken) {
          throw new CallsException(Code.InvalidCall, 'Revise las unidades receptoras', [
            { field: `hostUnits.${units.indexOf(unit)}.places`, message: `Ya hay ${taken} asignaciones confirmadas en esta unidad` },
          ]);
        }
        await manager.getRepository(HostUnit).update(unitId, values);
      } else {
        unitId = (await manager.getRepository(HostUnit).save(values)).id;
      }
      await manager.query(`DELETE FROM host_unit_competencies WHERE host_unit_id = $1`, [unitId]);
      for (const c of unit.competencies ?? []) {
        await manager.query(`INSERT INTO host_unit_competencies (host_unit_id, competency_id, level) VALUES ($1, $2, $3)`, [unitId, c.competencyId, c.level]);
      }
      await manager.query(`DELETE FROM host_unit_tutors WHERE host_unit_id = $1`, [unitId]);
      for (const t of unit.tutorIds ?? []) {
        await manager.query(`INSERT INTO host_unit_tutors (host_unit_id, user_id) VALUES ($1, $2)`, [unitId, t]);
      }
    }
  }

  private rethrowNameTaken(error: unknown): never {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_host_units_name') {
      throw new CallsException(Code.InvalidCall, 'Dos unidades de la convocatoria tienen el mismo nombre', [
        { field: 'hostUnits', message: 'Los nombres de las unidades deben ser distintos' },
      ]);
    }
    throw error;
  }

  /** The host units of the given calls, with competencies, tutors and places taken. */
  async unitsByCall(callIds: string[], manager: EntityManager = this.calls.manager): Promise<Map<string, HostUnitDto[]>> {
    const byCall = new Map<string, HostUnitDto[]>();
    if (callIds.length === 0) return byCall;
    const units: (Omit<HostUnitDto, 'competencies' | 'tutors'> & { callId: string })[] = await manager.query(
      `SELECT h.id, h.call_id AS "callId", h.name, h.description, h.places, to_char(h.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(h.ends_on, 'YYYY-MM-DD') AS "endsOn",
              (SELECT count(*)::int FROM placements p WHERE p.host_unit_id = h.id AND p.status = ANY($2)) AS "placesTaken"
         FROM host_units h WHERE h.call_id = ANY($1) ORDER BY h.name`,
      [callIds, PLACE_HOLDING_STATUSES],
    );
    const unitIds = units.map((u) => u.id);
    const competencies: { unitId: string; id: string; code: string; name: string; level: number }[] = unitIds.length
      ? await manager.query(
          `SELECT hc.host_unit_id AS "unitId", ci.id, ci.code, ci.name, hc.level FROM host_unit_competencies hc
             JOIN competency_items ci ON ci.id = hc.competency_id WHERE hc.host_unit_id = ANY($1) ORDER BY ci.code`,
          [unitIds],
        )
      : [];
    const tutors: { unitId: string; id: string; name: string }[] = unitIds.length
      ? await manager.query(
          `SELECT ht.host_unit_id AS "unitId", u.id, u.first_names || ' ' || u.last_names AS name FROM host_unit_tutors ht
             JOIN users u ON u.id = ht.user_id WHERE ht.host_unit_id = ANY($1) ORDER BY u.last_names, u.first_names`,
          [unitIds],
        )
      : [];
    for (const { callId, ...unit } of units) {
      const dto: HostUnitDto = {
        ...unit,
        competencies: competencies.filter((c) => c.unitId === unit.id).map(({ id, code, name, level }) => ({ id, code, name, level })),
        tutors: tutors.filter((t) => t.unitId === unit.id).map(({ id, name }) => ({ id, name })),
      };
      byCall.set(callId, [...(byCall.get(callId) ?? []), dto]);
    }
    return byCall;
  }

  private async toDtos(calls: InternshipCall[], viewer: AuthUser): Promise<InternshipCallDto[]> {
    const ids = calls.map((c) => c.id);
    const units = await this.unitsByCall(ids);
    const counts = new Map<string, number>();
    if (overseesCalls(viewer) && ids.length) {
      const rows: { callId: string; count: number }[] = await this.calls.manager.query(
        `SELECT call_id AS "callId", count(*)::int AS count FROM internship_applications WHERE call_id = ANY($1) AND status <> 'withdrawn' GROUP BY call_id`,
        [ids],
      );
      rows.forEach((r) => counts.set(r.callId, r.count));
    }
    const today = laPazToday();
    return calls.map((c) => {
      const opensOn = dateOf(c.opensOn);
      const closesOn = dateOf(c.closesOn);
      return {
        id: c.id, gestion: c.gestion, title: c.title, description: c.description, requirements: c.requirements, opensOn, closesOn,
        status: c.status, open: isCallOpen({ status: c.status, opensOn, closesOn }, today),
        publishedAt: c.publishedAt ? c.publishedAt.toISOString() : null, applicationCount: counts.get(c.id) ?? 0,
        hostUnits: units.get(c.id) ?? [],
      };
    });
  }
}
