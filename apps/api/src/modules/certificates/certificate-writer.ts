import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { formatSerial, laPazToday, verificationCodeFromBytes } from '@campus/domain';
import type { CertificateKind, CertificateSnapshot } from '@campus/domain';
import { CertificatesException, CertificatesExceptionCode as Code } from './certificates.exception';
import { CertificatesRepository } from './certificates.repository';
import { Certificate } from './entities/certificate.entity';

export interface CertificateToWrite {
  /** The enrolment the certificate belongs to (null while a reissue swaps it in, see `factsOf`). */
  enrolmentId: string | null;
  /** Whose facts to certify when `enrolmentId` is null. */
  factsOf?: string;
  /** Internship certificates: the placement whose facts are certified (instead of an enrolment's). */
  placementId?: string;
  /** Internship reissues: the placement whose facts to certify while `placementId` stays null until the old one is superseded. */
  placementFactsOf?: string;
  kind: CertificateKind;
  actorId: string | null;
  supersedesId?: string;
  correctionNote?: string;
  signatories: CertificateSnapshot['signatories'];
  issuer: CertificateSnapshot['issuer'];
}

/**
 * Writes one certificate in the caller's transaction: the year's next serial (the counter row
 * stays locked until commit, so serials are gapless), a fresh verification code from 8 random
 * bytes (60 bits; a clash is all but impossible, but a code is never reused) and the snapshot of
 * the enrolment's data as it is now. Used by CertificatesService and by the demo seed; it does not
 * check whether the enrolment already has one (the service does, under the enrolment's lock).
 */
export const writeCertificate = async (manager: EntityManager, input: CertificateToWrite): Promise<Certificate> => {
  const repository = new CertificatesRepository(manager.connection);
  const placementId = input.placementId ?? input.placementFactsOf;
  const facts = placementId
    ? await repository.placementFacts(manager, placementId)
    : await repository.enrolmentFacts(manager, input.enrolmentId ?? input.factsOf ?? '');
  if (!facts) {
    throw placementId
      ? new CertificatesException(Code.PlacementNotFound, 'Pasantía no encontrada')
      : new CertificatesException(Code.EnrolmentNotFound, 'Inscripción no encontrada');
  }
  const year = Number(laPazToday().slice(0, 4));
  const number = await repository.nextSerialNumber(manager, year).catch((error: unknown) => {
    if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'ck_certificate_serials_number') {
      throw new CertificatesException(Code.YearFull, `Se agotaron los números de serie de ${year}`);
    }
    throw error;
  });
  let verificationCode = verificationCodeFromBytes(randomBytes(8));
  while (await repository.verificationCodeTaken(manager, verificationCode)) verificationCode = verificationCodeFromBytes(randomBytes(8));
  const saved = await manager.getRepository(Certificate).save({
    serial: formatSerial(year, number),
    year,
    number,
    verificationCode,
    kind: input.kind,
    status: 'valid' as const,
    holderId: facts.holderId,
    enrolmentId: input.enrolmentId,
    placementId: input.placementId ?? null,
    cohortId: facts.cohortId,
    courseId: facts.courseId,
    hours: facts.hours,
    snapshot: { ...facts.snapshot, signatories: input.signatories, issuer: input.issuer },
    issuedAt: new Date(),
    issuedBy: input.actorId,
    supersedesId: input.supersedesId ?? null,
    correctionNote: input.correctionNote ?? null,
  });
  return manager.getRepository(Certificate).findOneByOrFail({ id: saved.id });
};
