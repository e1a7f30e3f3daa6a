import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { normaliseVerificationCode } from '@campus/domain';
import type { CertificateKind } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import type { JobContext } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { managesCertificates, requireCertificateAccess, requireCohortCertificatesAccess } from './certificates.access';
import { certificatesConfig } from './certificates.config';
import type { CertificatesConfig } from './certificates.config';
import { certificateNotFound, CertificatesException, CertificatesExceptionCode as Code, verificationNotFound } from './certificates.exception';
import { CertificatesRepository } from './certificates.repository';
import { writeCertificate } from './certificate-writer';
import { toCertificateDto, toPublicCertificateDto } from './dto/certificate.dto';
import type { CertificateBatchDto, CertificateDto, PublicCertificateDto, ReissueCertificateDto, RevokeCertificateDto } from './dto/certificate.dto';
import { Certificate } from './entities/certificate.entity';

/** The background job that issues a cohort's certificates. */
export const COHORT_BATCH_JOB = 'certificates.cohort';

export interface IssueResult {
  certificate: Certificate;
  /** false: the enrolment already had its current certificate of that kind (nothing was issued). */
  created: boolean;
}

export interface CohortBatchResult extends Record<string, unknown> {
  issued: number;
  existing: number;
  failed: number;
  errors: { enrolmentId: string; message: string }[];
}

/** Enrolment states that can hold a certificate (admitted, not withdrawn). */
const CERTIFIABLE_STATUSES = ['enrolled', 'in_progress', 'passed', 'failed'];
const KIND_NAMES: Record<CertificateKind, string> = { approval: 'aprobación', participation: 'participación', internship: 'pasantía' };

const auditView = (c: Certificate) => ({
  serial: c.serial, kind: c.kind, status: c.status, holderId: c.holderId, enrolmentId: c.enrolmentId, cohortId: c.cohortId, hours: c.hours,
});

/**
 * Certificates (DESIGN.md): issuing — idempotent per enrolment and kind, with gapless serials per
 * year and an unguessable verification code — automatically from the completion rule and in
 * cohort batches (a background job); revoking and reissuing, audited and told to the holder; the
 * scoped lists and the public verification. The PDF and Open Badges renderings read certificates
 * through `findForViewer` / `findByCode`.
 */
@Injectable()
export class CertificatesService implements OnModuleInit {
  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly repository: CertificatesRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    @Inject(certificatesConfig.KEY) private readonly config: CertificatesConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ cohortId: string }>(COHORT_BATCH_JOB, (job) => this.runCohortBatch(job));
  }

  /**
   * Issues the certificate of an enrolment, once: with the enrolment row locked, a current
   * certificate of that kind (valid or revoked) is returned as it is; otherwise a new one is
   * issued with the year's next serial, a fresh verification code and a snapshot of the current
   * data. Call inside the caller's transaction (parallel batches and retries then wait for each
   * other on the lock, and the loser finds the winner's certificate). The caller decides that the
   * enrolment earned it (`earnedCertificateKind`).
   */
  async issueForEnrolment(manager: EntityManager, enrolmentId: string, kind: CertificateKind, actorId: string | null): Promise<IssueResult> {
    const enrolment = await this.repository.lockEnrolment(manager, enrolmentId);
    if (!enrolment) throw new CertificatesException(Code.EnrolmentNotFound, 'Inscripción no encontrada');
    const existing = await manager.getRepository(Certificate).findOneBy({ enrolmentId, kind, status: Not('superseded' as const) });
    if (existing) return { certificate: existing, created: false };
    if (!CERTIFIABLE_STATUSES.includes(enrolment.status)) {
      throw new CertificatesException(Code.NotEarned, 'La inscripción no puede recibir un certificado en su estado actual');
    }
    const certificate = await this.insert(manager, enrolmentId, kind, actorId, {});
    await this.audit.record(
      { actorId, action: 'certificate.issue', entityType: 'certificate', entityId: certificate.id, after: auditView(certificate) },
      manager,
    );
    await this.notifications.notify(
      [certificate.holderId],
      {
        kind: 'certificate.issued',
        title: `Recibió el certificado de ${KIND_NAMES[kind]} de «${certificate.snapshot.course?.title ?? ''}»`,
        body: `Serie ${certificate.serial}. Descárguelo y compártalo con su código de verificación.`,
        link: '/mis-certificados',
      },
      manager,
    );
    return { certificate, created: true };
  }

  /**
   * Issues the internship certificate of an approved placement, once: with the placement row
   * locked, a current internship certificate of the placement is returned as it is; otherwise one
   * is written (gapless serial, fresh code, snapshot of the placement's facts: hours = validated
   * logbook hours). Call inside the caller's transaction; the caller approved the placement.
   */
  async issueForPlacement(manager: EntityManager, placementId: string, actorId: string | null): Promise<IssueResult> {
    const placement = await this.repository.lockPlacement(manager, placementId);
    if (!placement) throw new CertificatesException(Code.PlacementNotFound, 'Pasantía no encontrada');
    const existing = await manager.getRepository(Certificate).findOneBy({ placementId, kind: 'internship', status: Not('superseded' as const) });
    if (existing) return { certificate: existing, created: false };
    if (placement.status !== 'approved') {
      throw new CertificatesException(Code.NotEarned, 'La pasantía no está aprobada: no puede recibir un certificado');
    }
    const certificate = await writeCertificate(manager, {
      enrolmentId: null, placementId, kind: 'internship', actorId, signatories: this.config.signatories, issuer: this.config.issuer,
    });
    await this.audit.record(
      { actorId, action: 'certificate.issue', entityType: 'certificate', entityId: certificate.id, after: { ...auditView(certificate), placementId } },
      manager,
    );
    await this.notifications.notify(
      [certificate.holderId],
      {
        kind: 'certificate.issued',
        title: `Recibió el certificado de pasantía en ${certificate.snapshot.internship?.hostUnit ?? ''}`,
        body: `Serie ${certificate.serial}. Descárguelo y compártalo con su código de verificación.`,
        link: '/mis-certificados',
      },
      manager,
    );
    return { certificate, created: true };
  }

  /** Starts the background job that issues every certificate a cohort's enrolments have earned. */
  async startCohortBatch(cohortId: string, actor: AuthUser): Promise<CertificateBatchDto> {
    if ((await this.repository.cohortFacilitators(cohortId)) === null) {
      throw new CertificatesException(Code.CohortNotFound, 'Cohorte no encontrada');
    }
    const job = await this.certificates.manager.transaction(async (manager) => {
      const queued = await this.jobs.enqueue(manager, COHORT_BATCH_JOB, { cohortId }, actor.id);
      await this.audit.record(
        { actorId: actor.id, action: 'certificate.batch', entityType: 'cohort', entityId: cohortId, after: { jobId: queued.id } },
        manager,
      );
      return queued;
    });
    return { jobId: job.id };
  }

  /** The worker: one short transaction per enrolment, progress after each. Safe to run twice. */
  async runCohortBatch(job: JobContext<{ cohortId: string }>): Promise<CohortBatchResult> {
    const earned = await this.repository.earnedInCohort(job.payload.cohortId);
    await job.setTotal(earned.length);
    const result: CohortBatchResult = { issued: 0, existing: 0, failed: 0, errors: [] };
    for (const { enrolmentId, kind } of earned) {
      try {
        const { created } = await this.certificates.manager.transaction((manager) => this.issueForEnrolment(manager, enrolmentId, kind, job.createdBy));
        if (created) result.issued += 1;
        else result.existing += 1;
        await job.advance('done');
      } catch (error) {
        result.failed += 1;
        if (result.errors.length < 50) result.errors.push({ enrolmentId, message: error instanceof Error ? error.message : String(error) });
        await job.advance('failed');
      }
    }
    return result;
  }

  async revoke(id: string, dto: RevokeCertificateDto, actor: AuthUser): Promise<CertificateDto> {
    await this.certificates.manager.transaction(async (manager) => {
      const current = await this.lockValid(manager, id, 'revocar');
      const changes = { status: 'revoked' as const, revokedAt: new Date(), revokedBy: actor.id, revocationReason: dto.reason };
      await manager.getRepository(Certificate).update(id, changes);
      await this.audit.record(
        {
          actorId: actor.id, action: 'certificate.revoke', entityType: 'certificate', entityId: id,
          before: { status: current.status }, after: { status: 'revoked', reason: dto.reason, serial: current.serial },
        },
        manager,
      );
      await this.notifications.notify(
        [current.holderId],
        { kind: 'certificate.revoked', title: `Su certificado ${current.serial} fue revocado`, body: `Motivo: ${dto.reason}`, link: '/mis-certificados' },
        manager,
      );
    });
    return this.get(id, actor);
  }

  /**
   * Reissues after a correction: a new certificate (new serial, code and snapshot of the current
   * data) replaces the old one, which becomes superseded and points to it. Course certificates
   * take the enrolment's current facts, internship certificates the placement's (the holder's
   * current name and national ID, the validated logbook hours, the evaluation's score and
   * competencies), each under the lock of its enrolment or placement, as issuing does.
   */
  async reissue(id: string, dto: ReissueCertificateDto, actor: AuthUser): Promise<CertificateDto> {
    const newId = await this.certificates.manager.transaction(async (manager) => {
      const current = await this.lockValid(manager, id, 'reemitir');
      const owner = await this.lockOwner(manager, current);
      // One current certificate per enrolment (or placement) and kind: the new one takes it only once the old one is superseded.
      const replacement = await this.insert(manager, null, current.kind, actor.id, {
        supersedesId: id,
        correctionNote: dto.note,
        ...(owner.enrolmentId ? { factsOf: owner.enrolmentId } : { placementFactsOf: owner.placementId }),
      });
      const repository = manager.getRepository(Certificate);
      await repository.update(id, { status: 'superseded', supersededById: replacement.id, supersededAt: new Date() });
      await repository.update(replacement.id, owner.enrolmentId ? { enrolmentId: owner.enrolmentId } : { placementId: owner.placementId });
      await this.audit.record(
        {
          actorId: actor.id, action: 'certificate.reissue', entityType: 'certificate', entityId: id,
          before: { status: current.status, serial: current.serial, holderName: current.snapshot.holder.fullName, hours: current.hours },
          after: {
            status: 'superseded', note: dto.note, replacementId: replacement.id, replacementSerial: replacement.serial,
            holderName: replacement.snapshot.holder.fullName, hours: replacement.hours,
            ...(owner.placementId ? { placementId: owner.placementId } : {}),
          },
        },
        manager,
      );
      await this.notifications.notify(
        [current.holderId],
        {
          kind: 'certificate.reissued',
          title: `Su certificado ${current.serial} fue reemplazado por ${replacement.serial}`,
          body: `Corrección: ${dto.note}`,
          link: '/mis-certificados',
        },
        manager,
      );
      return replacement.id;
    });
    return this.get(newId, actor);
  }

  async mine(viewer: AuthUser): Promise<CertificateDto[]> {
    return this.toDtos(await this.certificates.find({ where: { holderId: viewer.id }, order: { issuedAt: 'DESC', serial: 'DESC' } }));
  }

  async forCohort(cohortId: string, viewer: AuthUser): Promise<CertificateDto[]> {
    const facilitators = await this.repository.cohortFacilitators(cohortId);
    if (facilitators === null) throw new CertificatesException(Code.CohortNotFound, 'Cohorte no encontrada');
    requireCohortCertificatesAccess(viewer, facilitators);
    const rows = await this.certificates
      .createQueryBuilder('c')
      .where('c.cohort_id = :cohortId', { cohortId })
      .orderBy(`c.snapshot #>> '{holder,fullName}'`, 'ASC')
      .addOrderBy('c.issued_at', 'ASC')
      .getMany();
    return this.toDtos(rows);
  }

  async get(id: string, viewer: AuthUser): Promise<CertificateDto> {
    return (await this.toDtos([await this.findForViewer(id, viewer)]))[0];
  }

  /** A certificate its viewer may read (holder, coordination), or "not found". For the PDF and badge renderings too. */
  async findForViewer(id: string, viewer: AuthUser): Promise<Certificate> {
    const certificate = await this.certificates.findOneBy({ id });
    if (!certificate) throw certificateNotFound();
    requireCertificateAccess(viewer, certificate);
    return certificate;
  }

  /** The certificate with a typed verification code (any spelling people use), or null. */
  async findByCode(input: string): Promise<Certificate | null> {
    const code = normaliseVerificationCode(input);
    return code ? this.certificates.findOneBy({ verificationCode: code }) : null;
  }

  /** Public verification: the same "not found" for malformed and unknown codes. */
  async verify(input: string): Promise<PublicCertificateDto> {
    const certificate = await this.findByCode(input);
    if (!certificate) throw verificationNotFound();
    const replacement = certificate.supersededById ? (await this.repository.codesByIds([certificate.supersededById])).get(certificate.supersededById) ?? null : null;
    return toPublicCertificateDto(certificate, replacement);
  }

  /** Whether the viewer issues and revokes (the SPA shows the actions then). */
  canManage(viewer: AuthUser): boolean {
    return managesCertificates(viewer);
  }

  private async toDtos(rows: Certificate[]): Promise<CertificateDto[]> {
    const codes = await this.repository.codesByIds(rows.flatMap((c) => (c.supersededById ? [c.supersededById] : [])));
    return rows.map((c) => toCertificateDto(c, c.supersededById ? codes.get(c.supersededById)?.verificationCode ?? null : null));
  }

  private async lockValid(manager: EntityManager, id: string, verb: string): Promise<Certificate> {
    const current = await manager.getRepository(Certificate).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw certificateNotFound();
    if (current.status !== 'valid') {
      const now = current.status === 'revoked' ? 'revocado' : 'reemplazado';
      throw new CertificatesException(Code.NotValid, `El certificado ya está ${now}: no se puede ${verb}`);
    }
    return current;
  }

  /**
   * Locks what the certificate certifies (its enrolment, or its placement for internship
   * certificates) for the rest of the transaction, as issuing does.
   */
  private async lockOwner(
    manager: EntityManager,
    certificate: Certificate,
  ): Promise<{ enrolmentId: string; placementId?: undefined } | { enrolmentId?: undefined; placementId: string }> {
    if (certificate.enrolmentId) {
      if (!(await this.repository.lockEnrolment(manager, certificate.enrolmentId))) {
        throw new CertificatesException(Code.EnrolmentNotFound, 'Inscripción no encontrada');
      }
      return { enrolmentId: certificate.enrolmentId };
    }
    if (certificate.placementId) {
      if (!(await this.repository.lockPlacement(manager, certificate.placementId))) {
        throw new CertificatesException(Code.PlacementNotFound, 'Pasantía no encontrada');
      }
      return { placementId: certificate.placementId };
    }
    throw new CertificatesException(Code.NotValid, 'Este certificado no se puede reemitir desde aquí');
  }

  /** Writes a certificate with this app's signatories and issuer. */
  private insert(
    manager: EntityManager,
    enrolmentId: string | null,
    kind: CertificateKind,
    actorId: string | null,
    extra: { supersedesId?: string; correctionNote?: string; factsOf?: string; placementFactsOf?: string },
  ): Promise<Certificate> {
    return writeCertificate(manager, { enrolmentId, kind, actorId, ...extra, signatories: this.config.signatories, issuer: this.config.issuer });
  }
}
