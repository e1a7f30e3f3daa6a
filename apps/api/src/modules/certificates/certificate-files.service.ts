import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import archiver from 'archiver';
import { Not, Repository } from 'typeorm';
import { cohortLabel } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { attachment } from '../../common/http/attachment';
import { AuditService } from '../audit/audit.service';
import { managesCertificates } from './certificates.access';
import { CertificatesException, CertificatesExceptionCode } from './certificates.exception';
import { CertificatesService } from './certificates.service';
import { certificatePdfName, certificateVerifyUrl, renderCertificatePdf } from './certificate-pdf';
import type { PrintableCertificate } from './certificate-pdf';
import { Certificate } from './entities/certificate.entity';

const PDF_TYPE = 'application/pdf';
const ZIP_TYPE = 'application/zip';

/** A file name that every system accepts: no path separators, reserved or control characters. */
export const safeFileName = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150) || 'certificado';

/** `EGM-2026-000123 María Quispe.pdf`: one certificate inside a cohort's ZIP. */
export const zipEntryName = (certificate: Pick<PrintableCertificate, 'serial' | 'snapshot'>): string =>
  `${safeFileName(`${certificate.serial} ${certificate.snapshot.holder.fullName}`)}.pdf`;

/**
 * The certificate files: one PDF (its holder, coordinators and admins) and a cohort's ZIP
 * (coordinators and admins), rendered on request from the frozen snapshot by
 * `renderCertificatePdf`. The ZIP is streamed: each PDF is rendered only when the archive has
 * taken the previous one, so memory stays flat whatever the cohort's size and a slow client
 * slows the rendering instead of piling PDFs up in memory.
 */
@Injectable()
export class CertificateFilesService {
  private readonly logger = new Logger(CertificateFilesService.name);

  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly service: CertificatesService,
    private readonly audit: AuditService,
  ) {}

  /** One certificate as a PDF; another person's download by the coordination is audited. */
  async pdf(id: string, viewer: AuthUser, origin: string): Promise<StreamableFile> {
    const certificate = await this.service.findForViewer(id, viewer);
    const pdf = await renderCertificatePdf(certificate, { verifyUrl: certificateVerifyUrl(origin, certificate.verificationCode) });
    if (certificate.holderId !== viewer.id) {
      await this.audit.record({
        actorId: viewer.id, action: 'certificate.export', entityType: 'certificate', entityId: certificate.id,
        after: { format: 'pdf', serial: certificate.serial, holderId: certificate.holderId },
      });
    }
    return new StreamableFile(pdf, { type: PDF_TYPE, disposition: attachment(certificatePdfName(certificate.serial)), length: pdf.length });
  }

  /** Every current (not superseded) certificate of a cohort, one PDF each, as a streamed ZIP. Audited. */
  async cohortZip(cohortId: string, viewer: AuthUser, origin: string): Promise<StreamableFile> {
    const [cohort] = await this.certificates.manager.query(
      `SELECT ch.gestion, ch.edition, ch.parallel, c.code AS course_code
         FROM cohorts ch JOIN courses c ON c.id = ch.course_id WHERE ch.id = $1`,
      [cohortId],
    );
    // The route admits the coordination only; the check stays here too, where the data is read.
    if (!cohort || !managesCertificates(viewer)) throw new CertificatesException(CertificatesExceptionCode.CohortNotFound, 'Cohorte no encontrada');
    const certificates = await this.certificates.find({ where: { cohortId, status: Not('superseded' as const) }, order: { serial: 'ASC' } });
    await this.audit.record({
      actorId: viewer.id, action: 'certificate.export', entityType: 'cohort', entityId: cohortId,
      after: { format: 'zip', certificates: certificates.length, serials: certificates.map((c) => c.serial) },
    });
    const archive = zipOfCertificates(certificates, origin, (error) => this.logger.error(`ZIP de la cohorte ${cohortId}: ${error.message}`));
    const name = safeFileName(`Certificados ${cohort.course_code} ${cohortLabel(cohort).replace(/ · /g, '-')}`);
    return new StreamableFile(archive, { type: ZIP_TYPE, disposition: attachment(`${name}.zip`) });
  }
}

/**
 * A ZIP (archiver 7) with one PDF per certificate, rendered one at a time as the archive takes
 * them. Returns the archive stream at once; a rendering failure aborts the stream (the client
 * sees a broken download rather than a ZIP silently missing certificates) and is reported.
 */
export const zipOfCertificates = (certificates: readonly PrintableCertificate[], origin: string, onError: (error: Error) => void = () => undefined) => {
  // PDFs are already deflated inside: a light level saves time and loses little.
  const archive = archiver('zip', { zlib: { level: 1 } });
  const feed = async () => {
    for (const certificate of certificates) {
      const pdf = await renderCertificatePdf(certificate, { verifyUrl: certificateVerifyUrl(origin, certificate.verificationCode) });
      if (archive.destroyed) return; // the client went away
      // Wait until the archive has taken this entry (or was closed) before rendering the next.
      const taken = new Promise<void>((resolve) => {
        const done = () => {
          archive.off('entry', done).off('close', done);
          resolve();
        };
        archive.once('entry', done).once('close', done);
      });
      archive.append(pdf, { name: zipEntryName(certificate), date: new Date(certificate.issuedAt) });
      await taken;
    }
    if (archive.destroyed) return;
    await archive.finalize();
  };
  feed().catch((error: Error) => {
    onError(error);
    archive.destroy(error);
  });
  return archive;
};
