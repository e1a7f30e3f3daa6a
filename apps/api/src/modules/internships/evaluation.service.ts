import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { evaluationProblems, INTERNSHIP_PASSING_SCORE } from '@campus/domain';
import type { EvaluationProblem } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { CertificatesService } from '../certificates/certificates.service';
import { NotificationsService } from '../notifications/notifications.service';
import { LogbookException, LogbookExceptionCode as Code } from './logbook.exception';
import { LogbookRepository } from './logbook.repository';
import type { StoredEvaluation } from './logbook.repository';
import { LogbookService } from './logbook.service';
import type { EvaluatePlacementDto } from './dto/evaluation.dto';
import type { PlacementExecutionDto } from './dto/logbook.dto';

const PROBLEM_MESSAGES: Record<EvaluationProblem['code'], string> = {
  missing: 'Indique un nivel para cada competencia de la unidad receptora',
  unknown: 'Hay competencias que no son de la unidad receptora',
  repeated: 'Cada competencia se evalúa una sola vez',
  belowPassing: `Para aprobar, el puntaje debe ser al menos ${INTERNSHIP_PASSING_SCORE}`,
};

/**
 * Closing an internship (DESIGN.md, pasantías): the tutor evaluates a submitted report against
 * the host unit's competencies (a level per competency, 0 = "no alcanzado"), a 0–100 score and a
 * verdict. Approval is the tutor's verdict, which must agree with the score (≥ 70). On approval,
 * in ONE transaction under the placement's lock: the placement becomes approved, competency
 * records (source internship, the levels reached) are written, the internship certificate is
 * issued (hours = validated logbook hours) and the intern is told. Otherwise: not approved.
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LogbookRepository,
    private readonly logbook: LogbookService,
    private readonly certificates: CertificatesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async evaluate(placementId: string, dto: EvaluatePlacementDto, actor: AuthUser): Promise<PlacementExecutionDto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.logbook.lockFor(manager, placementId, actor, 'tutor');
      if (row.status === 'approved' || row.status === 'not_approved') {
        throw new LogbookException(Code.AlreadyEvaluated, 'La pasantía ya fue evaluada');
      }
      if (row.status !== 'report_submitted') {
        throw new LogbookException(Code.WrongPlacementStatus, 'Se evalúa después de que el pasante presenta su informe final');
      }
      const competencies = await this.repository.competencies(row.hostUnitId, manager);
      const problems = evaluationProblems(dto, competencies.map((c) => c.id));
      if (problems.length) {
        throw new LogbookException(
          Code.InvalidEvaluation, 'Revise la evaluación', problems.map((p) => ({ field: p.field, message: PROBLEM_MESSAGES[p.code] })),
        );
      }
      const approved = dto.verdict === 'approved';
      const evaluation: StoredEvaluation = {
        levels: dto.levels.map((l) => ({ competencyId: l.competencyId, level: l.level })),
        verdict: dto.verdict,
        comment: dto.comment ?? '',
      };
      const status = approved ? 'approved' : 'not_approved';
      await manager.query(
        `UPDATE placements SET evaluation = $2, score = $3, evaluated_by = $4, evaluated_at = now(), status = $5, updated_at = now() WHERE id = $1`,
        [placementId, JSON.stringify(evaluation), dto.score, actor.id, status],
      );
      await this.audit.record(
        {
          actorId: actor.id, action: 'internship.evaluate', entityType: 'placement', entityId: placementId,
          before: { status: row.status }, after: { status, score: dto.score, levels: evaluation.levels },
        },
        manager,
      );
      if (!approved) {
        await this.notifications.notify(
          [row.applicantId],
          { kind: 'internship.not_approved', title: `Su pasantía en ${row.hostUnit} no fue aprobada`, body: dto.comment ?? '', link: '/pasantias/mi-pasantia' },
          manager,
        );
        return;
      }
      const reached = evaluation.levels.filter((l) => l.level >= 1);
      for (const level of reached) {
        await manager.query(
          `INSERT INTO competency_records (user_id, competency_id, level, source, placement_id, awarded_by, note)
           VALUES ($1, $2, $3, 'internship', $4, $5, $6)
           ON CONFLICT (placement_id, competency_id) WHERE placement_id IS NOT NULL DO NOTHING`,
          [row.applicantId, level.competencyId, level.level, placementId, actor.id, `Pasantía en ${row.hostUnit}`],
        );
      }
      await this.certificates.issueForPlacement(manager, placementId, actor.id);
      await this.notifications.notify(
        [row.applicantId],
        { kind: 'internship.approved', title: `Su pasantía en ${row.hostUnit} fue aprobada`, body: `Puntaje: ${dto.score} sobre 100.`, link: '/pasantias/mi-pasantia' },
        manager,
      );
    });
    return this.logbook.get(placementId, actor);
  }
}
