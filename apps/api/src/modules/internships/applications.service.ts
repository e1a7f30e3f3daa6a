import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Readable } from 'node:stream';
import { isCallOpen, laPazToday, MAX_LETTER_BYTES } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { newStorageKey, StorageService } from '../../common/storage/storage.service';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PLACE_HOLDING_STATUSES } from './calls.service';
import { CallsException, CallsExceptionCode as Code } from './calls.exception';
import type {
  ApplicationQueryDto, CreateApplicationDto, DeclineEndorsementDto, InternshipApplicationDto, UpdateApplicationDto,
} from './dto/applications.dto';
import { InternshipApplication } from './entities/internship-application.entity';
import { InternshipCall } from './entities/internship-call.entity';
import { applicationScope, applicationScopeSql, requireApplicationAccess, requireEndorsementAccess } from './internships.access';

/** What multer hands over for the `letter` field. */
export interface UploadedLetter {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const LETTER_PREFIX = 'internship-letters';
const dateOf = (value: string | Date): string => (typeof value === 'string' ? value : value.toISOString().slice(0, 10));
const MB = (bytes: number) => Math.round(bytes / (1024 * 1024));

const APPLICATION_SELECT = `
  SELECT a.id, a.call_id AS "callId", c.title AS "callTitle", c.status AS "callStatus",
         to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn",
         a.applicant_id AS "applicantId", u.first_names || ' ' || u.last_names AS "applicantName", u.email, u.gender, u.position,
         m.name AS "municipalityName", m.department, a.municipality_id AS "municipalityId", a.motivation, a.status, a.endorsement,
         e.first_names || ' ' || e.last_names AS "endorsedByName", a.endorsed_at AS "endorsedAt", a.endorsement_note AS "endorsementNote",
         a.letter_file_name AS "letterFileName", a.letter_file_size AS "letterFileSize", a.priority, a.submitted_at AS "submittedAt",
         COALESCE((SELECT json_agg(json_build_object('rank', p.rank, 'hostUnitId', p.host_unit_id, 'hostUnitName', h.name) ORDER BY p.rank)
                     FROM application_preferences p JOIN host_units h ON h.id = p.host_unit_id WHERE p.application_id = a.id), '[]') AS preferences
    FROM internship_applications a
    JOIN internship_calls c ON c.id = a.call_id
    JOIN users u ON u.id = a.applicant_id
    LEFT JOIN municipalities m ON m.id = a.municipality_id
    LEFT JOIN users e ON e.id = a.endorsed_by`;

interface ApplicationRow {
  id: string; callId: string; callTitle: string; callStatus: 'draft' | 'published' | 'closed'; opensOn: string; closesOn: string;
  applicantId: string; applicantName: string; email: string; gender: string; position: string | null; municipalityName: string | null;
  department: string | null; municipalityId: string | null; motivation: string; status: InternshipApplicationDto['status'];
  endorsement: InternshipApplicationDto['endorsement']; endorsedByName: string | null; endorsedAt: Date | null; endorsementNote: string | null;
  letterFileName: string | null; letterFileSize: number | null; priority: number; submittedAt: Date;
  preferences: InternshipApplicationDto['preferences'];
}

const toDto = (r: ApplicationRow, today: string): InternshipApplicationDto => ({
  id: r.id, callId: r.callId, callTitle: r.callTitle,
  callOpen: isCallOpen({ status: r.callStatus, opensOn: r.opensOn, closesOn: r.closesOn }, today),
  applicant: {
    id: r.applicantId, name: r.applicantName, email: r.email, gender: r.gender, municipalityName: r.municipalityName, department: r.department,
    position: r.position,
  },
  municipalityId: r.municipalityId, motivation: r.motivation, status: r.status, endorsement: r.endorsement, endorsedByName: r.endorsedByName,
  endorsedAt: r.endorsedAt ? new Date(r.endorsedAt).toISOString() : null, endorsementNote: r.endorsementNote,
  letterFileName: r.letterFileName, letterFileSize: r.letterFileSize, priority: r.priority, submittedAt: new Date(r.submittedAt).toISOString(),
  preferences: r.preferences,
});

const auditView = (a: { motivation?: string; preferences?: string[]; status?: string; endorsement?: string; letterFileName?: string | null }) => a;

/**
 * Applications to internship calls: a participant of a partner municipality applies inside the
 * window with up to three ranked host units and their municipality's endorsement (the liaison's,
 * in the app, or a signed PDF letter); edits until the window closes; withdraws. Liaisons endorse
 * their people's; coordinators see all.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(InternshipApplication) private readonly applications: Repository<InternshipApplication>,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly storage: StorageService,
  ) {}

  async list(query: ApplicationQueryDto, viewer: AuthUser): Promise<InternshipApplicationDto[]> {
    const params: unknown[] = [];
    const where = [applicationScopeSql(applicationScope(viewer), 'a', params)];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.callId) add('a.call_id = ?', query.callId);
    if (query.municipalityId) add('a.municipality_id = ?', query.municipalityId);
    if (query.department) add('m.department = ?', query.department);
    if (query.gender) add('u.gender = ?', query.gender);
    if (query.endorsement) add('a.endorsement = ?', query.endorsement);
    if (query.status) add('a.status = ?', query.status);
    if (query.hostUnitId) add('EXISTS (SELECT 1 FROM application_preferences fp WHERE fp.application_id = a.id AND fp.host_unit_id = ?)', query.hostUnitId);
    const rows: ApplicationRow[] = await this.applications.manager.query(
      `${APPLICATION_SELECT} WHERE ${where.join(' AND ')} ORDER BY c.opens_on DESC, a.submitted_at, a.id`,
      params,
    );
    const today = laPazToday();
    return rows.map((r) => toDto(r, today));
  }

  async get(id: string, viewer: AuthUser): Promise<InternshipApplicationDto> {
    const row = await this.row(id);
    requireApplicationAccess(viewer, row);
    return toDto(row, laPazToday());
  }

  async apply(callId: string, dto: CreateApplicationDto, actor: AuthUser): Promise<InternshipApplicationDto> {
    const id = await this.applications.manager.transaction(async (manager) => {
      const call = await this.lockCall(manager, callId);
      await this.requireEligible(manager, actor);
      this.requireOpen(call, Code.CallNotOpen);
      await this.checkPreferences(manager, callId, dto.preferences);
      const [existing]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM internship_applications WHERE call_id = $1 AND applicant_id = $2 FOR UPDATE`, [callId, actor.id],
      );
      if (existing && existing.status !== 'withdrawn') {
        throw new CallsException(Code.AlreadyApplied, 'Ya postuló a esta convocatoria: edite su postulación', [
          { field: 'callId', message: 'Ya tiene una postulación en esta convocatoria' },
        ]);
      }
      let applicationId: string;
      if (existing) {
        // A withdrawn application comes back: a fresh submission in the same row (one per person and call).
        applicationId = existing.id;
        await manager.query(
          `UPDATE internship_applications SET motivation = $2, status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1`,
          [applicationId, dto.motivation],
        );
      } else {
        const saved = await manager.getRepository(InternshipApplication).save({
          callId, applicantId: actor.id, municipalityId: actor.municipalityId, motivation: dto.motivation,
        });
        applicationId = saved.id;
      }
      await this.replacePreferences(manager, applicationId, dto.preferences);
      await this.audit.record(
        {
          actorId: actor.id, action: 'internship_application.submit', entityType: 'internship_application', entityId: applicationId,
          after: auditView({ motivation: dto.motivation, preferences: dto.preferences, status: 'submitted' }),
        },
        manager,
      );
      const liaisons: { id: string }[] = await manager.query(
        `SELECT id FROM users WHERE active AND 'municipal_liaison' = ANY(roles) AND municipality_id = $1 AND id <> $2`,
        [actor.municipalityId, actor.id],
      );
      const [{ name }] = await manager.query(`SELECT first_names || ' ' || last_names AS name FROM users WHERE id = $1`, [actor.id]);
      await this.notifications.notify(
        liaisons.map((l) => l.id),
        {
          kind: 'internship.application_submitted', title: `${name} postuló a «${call.title}»`,
          body: 'Avale la postulación o indique por qué no la avala.', link: '/pasantias',
        },
        manager,
      );
      return applicationId;
    });
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateApplicationDto, actor: AuthUser): Promise<InternshipApplicationDto> {
    await this.applications.manager.transaction(async (manager) => {
      const current = await this.lockOwn(manager, id, actor);
      const call = await this.lockCall(manager, current.callId);
      this.requireEditable(call, current);
      if (dto.preferences) await this.checkPreferences(manager, current.callId, dto.preferences);
      const before: string[] = (await manager.query(
        `SELECT host_unit_id AS id FROM application_preferences WHERE application_id = $1 ORDER BY rank`, [id],
      )).map((p: { id: string }) => p.id);
      if (dto.motivation !== undefined) await manager.getRepository(InternshipApplication).update(id, { motivation: dto.motivation });
      if (dto.preferences) await this.replacePreferences(manager, id, dto.preferences);
      await this.audit.record(
        {
          actorId: actor.id, action: 'internship_application.update', entityType: 'internship_application', entityId: id,
          before: auditView({ motivation: current.motivation, preferences: before }),
          after: auditView({ motivation: dto.motivation ?? current.motivation, preferences: dto.preferences ?? before }),
        },
        manager,
      );
    });
    return this.get(id, actor);
  }

  async withdraw(id: string, actor: AuthUser): Promise<InternshipApplicationDto> {
    await this.applications.manager.transaction(async (manager) => {
      const current = await this.lockOwn(manager, id, actor);
      if (current.status !== 'submitted') {
        throw new CallsException(Code.ApplicationClosed, current.status === 'withdrawn' ? 'La postulación ya fue retirada' : 'La postulación ya fue resuelta: no se puede retirar');
      }
      await manager.getRepository(InternshipApplication).update(id, { status: 'withdrawn' });
      await this.audit.record(
        { actorId: actor.id, action: 'internship_application.withdraw', entityType: 'internship_application', entityId: id, before: { status: current.status }, after: { status: 'withdrawn' } },
        manager,
      );
    });
    return this.get(id, actor);
  }

  /**
   * The signed endorsement letter: a PDF (by content) of at most 5 MB. The file is stored first,
   * then the row changes in one transaction; if that fails the new file is removed, and once it
   * commits the replaced one is.
   */
  async uploadLetter(id: string, file: UploadedLetter | undefined, actor: AuthUser): Promise<InternshipApplicationDto> {
    if (!file) throw new CallsException(Code.LetterMissing, 'Adjunte la carta de aval en PDF', [{ field: 'letter', message: 'Adjunte un archivo PDF' }]);
    if (file.size > MAX_LETTER_BYTES) {
      throw new CallsException(Code.LetterTooLarge, `La carta supera los ${MB(MAX_LETTER_BYTES)} MB`, [
        { field: 'letter', message: `Debe pesar como máximo ${MB(MAX_LETTER_BYTES)} MB` },
      ]);
    }
    if (file.buffer.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new CallsException(Code.LetterType, 'La carta debe ser un PDF', [{ field: 'letter', message: 'Su contenido no es PDF' }]);
    }
    // Cheap checks before storing anything (repeated under lock below).
    const row = await this.row(id);
    if (row.applicantId !== actor.id) throw new CallsException(Code.ApplicationNotFound, 'Postulación no encontrada');
    this.requireEditable({ status: row.callStatus, opensOn: row.opensOn, closesOn: row.closesOn }, row);
    const key = newStorageKey(LETTER_PREFIX);
    await this.storage.put(key, file.buffer);
    const name = file.originalname.slice(0, 255) || 'carta-de-aval.pdf';
    let previousKey: string | null;
    try {
      previousKey = await this.applications.manager.transaction(async (manager) => {
        const current = await this.lockOwn(manager, id, actor);
        const call = await this.lockCall(manager, current.callId);
        this.requireEditable(call, current);
        const endorsement = current.endorsement === 'endorsed' ? 'endorsed' : 'letter';
        await manager.getRepository(InternshipApplication).update(id, {
          letterFileKey: key, letterFileName: name, letterFileSize: file.size, endorsement,
        });
        await this.audit.record(
          {
            actorId: actor.id, action: 'internship_application.letter', entityType: 'internship_application', entityId: id,
            before: auditView({ endorsement: current.endorsement, letterFileName: current.letterFileName }),
            after: auditView({ endorsement, letterFileName: name }),
          },
          manager,
        );
        return current.letterFileKey;
      });
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
    if (previousKey) await this.storage.delete(previousKey).catch(() => undefined);
    return this.get(id, actor);
  }

  async downloadLetter(id: string, viewer: AuthUser): Promise<{ stream: Readable; name: string; size: number }> {
    const [row]: { applicantId: string; municipalityId: string | null; key: string | null; name: string | null; size: number | null }[] =
      await this.applications.manager.query(
        `SELECT applicant_id AS "applicantId", municipality_id AS "municipalityId", letter_file_key AS key, letter_file_name AS name,
                letter_file_size AS size FROM internship_applications WHERE id = $1`,
        [id],
      );
    if (!row) throw new CallsException(Code.ApplicationNotFound, 'Postulación no encontrada');
    requireApplicationAccess(viewer, row);
    if (!row.key) throw new CallsException(Code.ApplicationNotFound, 'La postulación no tiene carta de aval');
    return { stream: await this.storage.read(row.key), name: row.name ?? 'carta-de-aval.pdf', size: row.size ?? 0 };
  }

  async endorse(id: string, actor: AuthUser): Promise<InternshipApplicationDto> {
    return this.setEndorsement(id, 'endorsed', null, actor);
  }

  async decline(id: string, dto: DeclineEndorsementDto, actor: AuthUser): Promise<InternshipApplicationDto> {
    return this.setEndorsement(id, 'declined', dto.reason, actor);
  }

  private async setEndorsement(id: string, endorsement: 'endorsed' | 'declined', note: string | null, actor: AuthUser): Promise<InternshipApplicationDto> {
    await this.applications.manager.transaction(async (manager) => {
      const current = await manager.getRepository(InternshipApplication).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new CallsException(Code.ApplicationNotFound, 'Postulación no encontrada');
      requireEndorsementAccess(actor, current);
      if (current.status !== 'submitted') {
        throw new CallsException(Code.InvalidEndorsement, current.status === 'withdrawn' ? 'La postulación fue retirada' : 'La postulación ya fue resuelta');
      }
      await manager.getRepository(InternshipApplication).update(id, { endorsement, endorsedBy: actor.id, endorsedAt: new Date(), endorsementNote: note });
      await this.audit.record(
        {
          actorId: actor.id, action: endorsement === 'endorsed' ? 'internship_application.endorse' : 'internship_application.decline',
          entityType: 'internship_application', entityId: id,
          before: { endorsement: current.endorsement, note: current.endorsementNote }, after: { endorsement, note },
        },
        manager,
      );
      await this.notifications.notify(
        [current.applicantId],
        endorsement === 'endorsed'
          ? { kind: 'internship.endorsed', title: 'Su municipio avaló su postulación a la pasantía', link: '/pasantias' }
          : { kind: 'internship.declined', title: 'Su municipio no avaló su postulación a la pasantía', body: note ?? undefined, link: '/pasantias' },
        manager,
      );
    });
    return this.get(id, actor);
  }

  private async row(id: string): Promise<ApplicationRow> {
    const [row]: ApplicationRow[] = await this.applications.manager.query(`${APPLICATION_SELECT} WHERE a.id = $1`, [id]);
    if (!row) throw new CallsException(Code.ApplicationNotFound, 'Postulación no encontrada');
    return row;
  }

  private async lockCall(manager: EntityManager, id: string): Promise<InternshipCall> {
    const call = await manager.getRepository(InternshipCall).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!call || call.status === 'draft') throw new CallsException(Code.CallNotFound, 'Convocatoria no encontrada');
    return call;
  }

  /** The actor's own application, locked; anyone else's is "not found". */
  private async lockOwn(manager: EntityManager, id: string, actor: AuthUser): Promise<InternshipApplication> {
    const current = await manager.getRepository(InternshipApplication).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current || current.applicantId !== actor.id) throw new CallsException(Code.ApplicationNotFound, 'Postulación no encontrada');
    return current;
  }

  private requireOpen(call: { status: InternshipCall['status']; opensOn: string | Date; closesOn: string | Date }, code: Code): void {
    if (!isCallOpen({ status: call.status, opensOn: dateOf(call.opensOn), closesOn: dateOf(call.closesOn) }, laPazToday())) {
      throw new CallsException(code, code === Code.CallNotOpen
        ? 'La convocatoria no recibe postulaciones hoy'
        : 'El plazo de postulación terminó: la postulación ya no se puede cambiar');
    }
  }

  private requireEditable(call: { status: InternshipCall['status']; opensOn: string | Date; closesOn: string | Date }, application: { status: string }): void {
    if (application.status !== 'submitted') {
      throw new CallsException(Code.ApplicationClosed, application.status === 'withdrawn' ? 'La postulación fue retirada' : 'La postulación ya fue resuelta');
    }
    this.requireOpen(call, Code.ApplicationClosed);
  }

  /**
   * Internships are for officials of partner municipalities (those with an agreement): GAMLP,
   * the host, is not a partner of itself, so its own staff do not apply; neither do people with
   * no municipality.
   */
  private async requireEligible(manager: EntityManager, actor: AuthUser): Promise<void> {
    const [row]: { partner: boolean }[] = actor.municipalityId
      ? await manager.query(`SELECT is_partner AS partner FROM municipalities WHERE id = $1`, [actor.municipalityId])
      : [];
    if (!row?.partner) {
      throw new CallsException(Code.NotEligible, 'Las pasantías son para servidores públicos de municipios con convenio');
    }
  }

  /** Distinct units of this call, none already full with confirmed placements. */
  private async checkPreferences(manager: EntityManager, callId: string, preferences: string[]): Promise<void> {
    if (new Set(preferences).size !== preferences.length) {
      throw new CallsException(Code.InvalidPreferences, 'Elija unidades distintas en cada preferencia', [
        { field: 'preferences', message: 'No repita una unidad en dos preferencias' },
      ]);
    }
    const units: { id: string; name: string; places: number; taken: number }[] = await manager.query(
      `SELECT h.id, h.name, h.places,
              (SELECT count(*)::int FROM placements p WHERE p.host_unit_id = h.id AND p.status = ANY($3)) AS taken
         FROM host_units h WHERE h.call_id = $1 AND h.id = ANY($2)`,
      [callId, preferences, PLACE_HOLDING_STATUSES],
    );
    if (units.length !== preferences.length) {
      throw new CallsException(Code.InvalidPreferences, 'Elija unidades de esta convocatoria', [
        { field: 'preferences', message: 'Alguna unidad no pertenece a esta convocatoria' },
      ]);
    }
    const full = units.filter((u) => u.taken >= u.places);
    if (full.length) {
      throw new CallsException(Code.UnitFull, `Sin plazas libres: ${full.map((u) => u.name).join(', ')}`, [
        { field: 'preferences', message: `Ya no tiene plazas libres: ${full.map((u) => u.name).join(', ')}` },
      ]);
    }
  }

  private async replacePreferences(manager: EntityManager, applicationId: string, preferences: string[]): Promise<void> {
    await manager.query(`DELETE FROM application_preferences WHERE application_id = $1`, [applicationId]);
    for (const [i, unitId] of preferences.entries()) {
      await manager.query(`INSERT INTO application_preferences (application_id, rank, host_unit_id) VALUES ($1, $2, $3)`, [applicationId, i + 1, unitId]);
    }
  }
}
