import type { EntityManager } from 'typeorm';
import { CERTIFICATE_ISSUER, parseSignatories } from '../../modules/certificates/certificates.config';
import { writeCertificate } from '../../modules/certificates/certificate-writer';
import { validateEnvironment } from '../../config/environment';

/**
 * The closed cohorts whose passed participants already hold their approval certificates in the
 * demo (the demo participant among them, for GDL-101). CEB-140's closed cohort is left without
 * them, so a coordinator can issue a whole cohort's certificates from its page.
 */
export const DEMO_CERTIFIED_COURSES = ['GDL-101', 'GRD-150', 'TCC-110'];

/**
 * Demo certificates, after the demo learning records: one per passed enrolment of those cohorts,
 * of the course's kind, with the year's gapless serials (in course and surname order). Runs once,
 * inside the demo seed's transaction.
 */
export const seedDemoCertificates = async (manager: EntityManager): Promise<number> => {
  const [coordinator] = await manager.query(`SELECT id FROM users WHERE email = 'coordinador@demo.egm.bo'`);
  const passed: { id: string; certificate_kind: 'approval' | 'participation' }[] = await manager.query(
    `SELECT e.id, c.certificate_kind FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN courses c ON c.id = ch.course_id
       JOIN users u ON u.id = e.user_id
      WHERE c.code = ANY($1) AND ch.status = 'closed' AND e.status = 'passed'
        AND NOT EXISTS (SELECT 1 FROM certificates x WHERE x.enrolment_id = e.id)
      ORDER BY c.code, u.last_names, u.first_names, e.id`,
    [DEMO_CERTIFIED_COURSES],
  );
  const signatories = parseSignatories(validateEnvironment(process.env).CERTIFICATE_SIGNATORIES);
  for (const enrolment of passed) {
    await writeCertificate(manager, {
      enrolmentId: enrolment.id, kind: enrolment.certificate_kind, actorId: coordinator?.id ?? null, signatories, issuer: CERTIFICATE_ISSUER,
    });
  }
  return passed.length;
};
