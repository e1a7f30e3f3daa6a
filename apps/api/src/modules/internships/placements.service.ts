import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { proposeAssignment } from '@campus/domain';
import type { ApplicationStatus, EndorsementStatus, Gender, PlacementStatus } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PlacementsException, PlacementsExceptionCode as Code } from './placements.exception';
import type { ConfirmPlacementsDto, ConfirmResultDto, ProposalDto, SelectionApplicationDto, SelectionDto, SelectionUnitDto } from './dto/placements.dto';

/** Endorsements that let an application be placed: by the liaison in the app, or a signed letter. */
const PLACEABLE_ENDORSEMENTS: readonly EndorsementStatus[] = ['endorsed', 'letter'];

const isoDay = (value: string | Date): string => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));
const spanishDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

interface UnitRow {
  id: string;
  name: string;
  places: number;
  taken: number;
  starts_on: string;
  ends_on: string;
  tutors: { id: string; name: string }[];
}

interface ApplicationRow {
  id: string;
  applicant_id: string;
  applicant_name: string;
  email: string;
  gender: Gender;
  municipality_id: string | null;
  municipality: string | null;
  department: string | null;
  motivation: string;
  status: ApplicationStatus;
  endorsement: EndorsementStatus;
  priority: number;
  submitted_at: Date;
  preferences: { rank: number; hostUnitId: string; hostUnitName: string }[];
  placement_id: string | null;
  placement_unit_id: string | null;
  placement_unit_name: string | null;
  placement_status: PlacementStatus | null;
  placement_tutor_name: string | null;
}

/**
 * Selection and placement for a call: the review of its applications, the coordinator-set
 * priority, the one-click proposal (serial dictatorship, libs/domain) and its confirmation, which
 * writes the placements with the call's host units locked so no unit ever goes over its places.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async selection(callId: string): Promise<SelectionDto> {
    const call = await this.findCall(callId);
    const units = await this.units(this.dataSource.manager, callId);
    const rows: ApplicationRow[] = await this.dataSource.query(
      `SELECT a.id, a.applicant_id, u.first_names || ' ' || u.last_names AS applicant_name, u.email, u.gender,
              a.municipality_id, m.name AS municipality, m.department, a.motivation, a.status, a.endorsement, a.priority, a.submitted_at,
              COALESCE((SELECT json_agg(json_build_object('rank', ap.rank, 'hostUnitId', ap.host_unit_id, 'hostUnitName', hu.name) ORDER BY ap.rank)
                          FROM application_preferences ap JOIN host_units hu ON hu.id = ap.host_unit_id WHERE ap.application_id = a.id), '[]') AS preferences,
              p.id AS placement_id, p.host_unit_id AS placement_unit_id, phu.name AS placement_unit_name, p.status AS placement_status,
              CASE WHEN t.id IS NULL THEN NULL ELSE t.first_names || ' ' || t.last_names END AS placement_tutor_name
         FROM internship_applications a
         JOIN users u ON u.id = a.applicant_id
         LEFT JOIN municipalities m ON m.id = a.municipality_id
         LEFT JOIN placements p ON p.application_id = a.id
         LEFT JOIN host_units phu ON phu.id = p.host_unit_id
         LEFT JOIN users t ON t.id = p.tutor_id
        WHERE a.call_id = $1
        ORDER BY a.priority DESC, a.submitted_at, a.id`,
      [callId],
    );
    return {
      call,
      units: units.map(toUnitDto),
      applications: rows.map(toApplicationDto),
    };
  }

  async setPriority(applicationId: string, priority: number, actor: AuthUser): Promise<SelectionApplicationDto> {
    const callId = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`SELECT id, call_id, priority FROM internship_applications WHERE id = $1 FOR UPDATE`, [applicationId]);
      if (!row) throw new PlacementsException(Code.ApplicationNotFound, 'Postulación no encontrada');
      if (row.priority === priority) return row.call_id as string;
      await manager.query(`UPDATE internship_applications SET priority = $2, updated_at = now() WHERE id = $1`, [applicationId, priority]);
      await this.audit.record(
        { actorId: actor.id, action: 'internship.application.priority', entityType: 'internship_application', entityId: applicationId, before: { priority: row.priority }, after: { priority } },
        manager,
      );
      return row.call_id as string;
    });
    const selection = await this.selection(callId);
    const application = selection.applications.find((a) => a.id === applicationId);
    if (!application) throw new PlacementsException(Code.ApplicationNotFound, 'Postulación no encontrada');
    return application;
  }

  /**
   * The proposal: endorsed applications still waiting (submitted, without placement) take turns by
   * priority then arrival, each getting their highest-ranked unit with room left (places minus
   * the placements not withdrawn). Nothing is written.
   */
  async propose(callId: string): Promise<ProposalDto> {
    await this.findCall(callId);
    const units = await this.units(this.dataSource.manager, callId);
    const applicants: { id: string; priority: number; submitted_at: Date; preferences: string[] }[] = await this.dataSource.query(
      `SELECT a.id, a.priority, a.submitted_at,
              COALESCE(array_agg(ap.host_unit_id ORDER BY ap.rank) FILTER (WHERE ap.host_unit_id IS NOT NULL), '{}') AS preferences
         FROM internship_applications a
         LEFT JOIN application_preferences ap ON ap.application_id = a.id
        WHERE a.call_id = $1 AND a.status = 'submitted' AND a.endorsement = ANY($2)
          AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.application_id = a.id)
        GROUP BY a.id`,
      [callId, PLACEABLE_ENDORSEMENTS],
    );
    const result = proposeAssignment(
      applicants.map((a) => ({ id: a.id, priority: a.priority, submittedAt: new Date(a.submitted_at).toISOString(), preferences: a.preferences })),
      units.map((u) => ({ id: u.id, places: u.places - u.taken })),
    );
    const preferencesOf = new Map(applicants.map((a) => [a.id, a.preferences]));
    return {
      assignments: result.order
        .filter((id) => result.placements.has(id))
        .map((id) => {
          const hostUnitId = result.placements.get(id) as string;
          const rank = (preferencesOf.get(id) ?? []).indexOf(hostUnitId);
          return { applicationId: id, hostUnitId, preferenceRank: rank < 0 ? null : rank + 1 };
        }),
      unplaced: result.unplaced,
      order: result.order,
    };
  }

  /**
   * Confirms a (possibly adjusted) proposal in one transaction: the call's host units are locked
   * first, so confirmations running at once take turns and each sees the places the other took;
   * then each assignment is checked (an endorsed application of this call, still waiting; a unit of
   * the call with room; a tutor of that unit) and written, the others are marked not placed,
   * everyone is told and the audit log keeps each decision.
   */
  async confirm(callId: string, dto: ConfirmPlacementsDto, actor: AuthUser): Promise<ConfirmResultDto> {
    await this.findCall(callId);
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    dto.assignments.forEach((a, i) => {
      if (seen.has(a.applicationId)) errors.push({ field: `assignments.${i}.applicationId`, message: 'Esta postulación se asigna dos veces' });
      seen.add(a.applicationId);
    });
    dto.notPlaced.forEach((id, i) => {
      if (seen.has(id)) errors.push({ field: `notPlaced.${i}`, message: 'Esta postulación está asignada y a la vez sin asignación' });
    });
    if (errors.length > 0) throw new PlacementsException(Code.InvalidAssignment, 'Revise las asignaciones', errors);
    if (dto.assignments.length === 0 && dto.notPlaced.length === 0) {
      throw new PlacementsException(Code.InvalidAssignment, 'No hay nada que confirmar', [{ field: 'assignments', message: 'Indique al menos una asignación' }]);
    }

    return this.dataSource.transaction(async (manager) => {
      // Lock the call's units (in a fixed order, so two confirmations never deadlock) before counting places.
      await manager.query(`SELECT id FROM host_units WHERE call_id = $1 ORDER BY id FOR UPDATE`, [callId]);
      const units = new Map((await this.units(manager, callId)).map((u) => [u.id, u]));
      const ids = [...dto.assignments.map((a) => a.applicationId), ...dto.notPlaced];
      const applications: { id: string; applicant_id: string; status: ApplicationStatus; endorsement: EndorsementStatus; placed: boolean; name: string }[] =
        await manager.query(
          `SELECT a.id, a.applicant_id, a.status, a.endorsement, u.first_names || ' ' || u.last_names AS name,
                  EXISTS (SELECT 1 FROM placements p WHERE p.application_id = a.id) AS placed
             FROM internship_applications a JOIN users u ON u.id = a.applicant_id
            WHERE a.call_id = $1 AND a.id = ANY($2::uuid[])
            ORDER BY a.id
              FOR UPDATE OF a`,
          [callId, ids],
        );
      const byId = new Map(applications.map((a) => [a.id, a]));
      const conflicts: FieldError[] = [];
      const waiting = (field: string, id: string, mustBeEndorsed: boolean): boolean => {
        const application = byId.get(id);
        if (!application) {
          errors.push({ field, message: 'Postulación no encontrada en esta convocatoria' });
          return false;
        }
        if (application.status !== 'submitted' || application.placed) {
          conflicts.push({ field, message: `La postulación de ${application.name} ya fue resuelta` });
          return false;
        }
        if (mustBeEndorsed && !PLACEABLE_ENDORSEMENTS.includes(application.endorsement)) {
          conflicts.push({ field, message: `La postulación de ${application.name} no tiene el aval de su municipio` });
          return false;
        }
        return true;
      };
      const tutorsChecked: { applicationId: string; unit: UnitRow; tutorId: string | null }[] = [];
      const added = new Map<string, number>();
      dto.assignments.forEach((a, i) => {
        const okApplication = waiting(`assignments.${i}.applicationId`, a.applicationId, true);
        const unit = units.get(a.hostUnitId);
        if (!unit) {
          errors.push({ field: `assignments.${i}.hostUnitId`, message: 'La unidad receptora no es de esta convocatoria' });
          return;
        }
        let tutorId: string | null = unit.tutors[0]?.id ?? null;
        if (a.tutorId !== undefined) {
          if (!unit.tutors.some((t) => t.id === a.tutorId)) {
            errors.push({ field: `assignments.${i}.tutorId`, message: `No es tutor/a de la unidad «${unit.name}»` });
            return;
          }
          tutorId = a.tutorId;
        }
        added.set(unit.id, (added.get(unit.id) ?? 0) + 1);
        if (okApplication) tutorsChecked.push({ applicationId: a.applicationId, unit, tutorId });
      });
      dto.notPlaced.forEach((id, i) => waiting(`notPlaced.${i}`, id, false));
      if (errors.length > 0) throw new PlacementsException(Code.InvalidAssignment, 'Revise las asignaciones', [...errors, ...conflicts]);
      if (conflicts.length > 0) throw new PlacementsException(Code.NotAssignable, 'Algunas postulaciones no se pueden asignar', conflicts);
      const full: FieldError[] = [];
      for (const [unitId, count] of added) {
        const unit = units.get(unitId) as UnitRow;
        if (unit.taken + count > unit.places) {
          const remaining = Math.max(0, unit.places - unit.taken);
          const index = dto.assignments.findIndex((a) => a.hostUnitId === unitId);
          full.push({
            field: `assignments.${index}.hostUnitId`,
            message: `La unidad «${unit.name}» tiene ${unit.places} plazas y le quedan ${remaining}: no caben ${count}`,
          });
        }
      }
      if (full.length > 0) {
        throw new PlacementsException(Code.UnitFull, `No hay plazas suficientes en ${full.length === 1 ? 'una unidad receptora' : 'algunas unidades receptoras'}`, full);
      }

      for (const { applicationId, unit, tutorId } of tutorsChecked) {
        const application = byId.get(applicationId) as (typeof applications)[number];
        const [placement] = await manager.query(
          `INSERT INTO placements (application_id, host_unit_id, tutor_id, status, starts_on, ends_on, confirmed_at, confirmed_by)
           VALUES ($1, $2, $3, 'confirmed', $4, $5, now(), $6) RETURNING id`,
          [applicationId, unit.id, tutorId, unit.starts_on, unit.ends_on, actor.id],
        );
        await manager.query(`UPDATE internship_applications SET status = 'placed', updated_at = now() WHERE id = $1`, [applicationId]);
        const tutor = unit.tutors.find((t) => t.id === tutorId) ?? null;
        await this.audit.record(
          {
            actorId: actor.id, action: 'internship.placement.confirm', entityType: 'placement', entityId: placement.id,
            after: { applicationId, hostUnitId: unit.id, tutorId, startsOn: unit.starts_on, endsOn: unit.ends_on, status: 'confirmed' },
          },
          manager,
        );
        const dates = `del ${spanishDay(unit.starts_on)} al ${spanishDay(unit.ends_on)}`;
        await this.notifications.notify(
          [application.applicant_id],
          {
            kind: 'internship.placed',
            title: `Fue seleccionado/a para la pasantía en «${unit.name}»`,
            body: `Su pasantía en «${unit.name}» será ${dates}.${tutor ? ` Su tutor/a institucional: ${tutor.name}.` : ''}`,
            link: '/pasantias',
          },
          manager,
        );
        if (tutorId) {
          await this.notifications.notify(
            [tutorId],
            { kind: 'internship.intern_assigned', title: `Nuevo/a pasante en «${unit.name}»: ${application.name}`, body: `La pasantía será ${dates}.`, link: '/pasantias' },
            manager,
          );
        }
      }
      for (const id of dto.notPlaced) {
        const application = byId.get(id) as (typeof applications)[number];
        await manager.query(`UPDATE internship_applications SET status = 'not_placed', updated_at = now() WHERE id = $1`, [id]);
        await this.audit.record(
          { actorId: actor.id, action: 'internship.application.not_placed', entityType: 'internship_application', entityId: id, before: { status: 'submitted' }, after: { status: 'not_placed' } },
          manager,
        );
        await this.notifications.notify(
          [application.applicant_id],
          {
            kind: 'internship.not_placed',
            title: 'Resultado de su postulación a la pasantía',
            body:
              'Gracias por postular. Esta vez no fue posible asignarle una plaza en las unidades que eligió. ' +
              'Valoramos mucho su interés: le animamos a postular en la próxima convocatoria y a seguir formándose en el Campus.',
            link: '/pasantias',
          },
          manager,
        );
      }
      return { placed: tutorsChecked.length, notPlaced: dto.notPlaced.length };
    });
  }

  private async findCall(callId: string): Promise<SelectionDto['call']> {
    const [call] = await this.dataSource.query(`SELECT id, title, gestion, status FROM internship_calls WHERE id = $1`, [callId]);
    if (!call) throw new PlacementsException(Code.CallNotFound, 'Convocatoria no encontrada');
    return { id: call.id, title: call.title, gestion: call.gestion, status: call.status };
  }

  /** The call's host units with the places taken (placements not withdrawn) and their tutors, first tutor first. */
  private async units(manager: EntityManager, callId: string): Promise<UnitRow[]> {
    const rows: UnitRow[] = await manager.query(
      `SELECT hu.id, hu.name, hu.places, hu.starts_on::text AS starts_on, hu.ends_on::text AS ends_on,
              (SELECT count(*)::int FROM placements p WHERE p.host_unit_id = hu.id AND p.status <> 'withdrawn') AS taken,
              COALESCE((SELECT json_agg(json_build_object('id', t.id, 'name', t.first_names || ' ' || t.last_names) ORDER BY t.last_names, t.first_names, t.id)
                          FROM host_unit_tutors hut JOIN users t ON t.id = hut.user_id WHERE hut.host_unit_id = hu.id), '[]') AS tutors
         FROM host_units hu
        WHERE hu.call_id = $1
        ORDER BY hu.name, hu.id`,
      [callId],
    );
    return rows;
  }
}

const toUnitDto = (u: UnitRow): SelectionUnitDto => ({
  id: u.id, name: u.name, places: u.places, taken: u.taken, remaining: Math.max(0, u.places - u.taken),
  startsOn: isoDay(u.starts_on), endsOn: isoDay(u.ends_on), tutors: u.tutors,
});

const toApplicationDto = (r: ApplicationRow): SelectionApplicationDto => ({
  id: r.id, applicantId: r.applicant_id, applicantName: r.applicant_name, email: r.email, gender: r.gender,
  municipalityId: r.municipality_id, municipality: r.municipality, department: r.department, motivation: r.motivation,
  status: r.status, endorsement: r.endorsement, priority: r.priority, submittedAt: new Date(r.submitted_at).toISOString(),
  preferences: r.preferences,
  placement: r.placement_id
    ? { id: r.placement_id, hostUnitId: r.placement_unit_id as string, hostUnitName: r.placement_unit_name as string, status: r.placement_status as PlacementStatus, tutorName: r.placement_tutor_name }
    : null,
});
