import type { DataSource } from 'typeorm';
import { hashPassword } from '../../common/security/passwords';
import { seedDefaultFramework } from './default-framework';
import { seedDemoCourses } from './demo-courses';
import { seedDemoCertificates } from './demo-certificates';
import { seedDemoInternships } from './demo-internships';
import { seedDemoLearning } from './demo-learning';
import { seedDemoPastInternships } from './demo-past-internships';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITIES, DEMO_PASSWORD, demoParticipants } from './demo-data';

/**
 * Loads the demo data once: if the demo admin exists, nothing is done (idempotent on restart).
 * Everything is written in one transaction.
 */
export const seedDemoData = async (dataSource: DataSource): Promise<{ seeded: boolean }> => {
  const [{ exists }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM users WHERE email = $1) AS exists`, [DEMO_ACCOUNTS[0].email]);
  if (exists) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    await seedDefaultFramework(manager);
    const ids = new Map<string, string>();
    for (const m of DEMO_MUNICIPALITIES) {
      const [row] = await manager.query(
        `INSERT INTO municipalities (code, name, department, kind, country, is_partner) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT uq_municipalities_code DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [m.code, m.name, m.department, m.kind, m.country, m.isPartner],
      );
      ids.set(m.code, row.id);
      if (m.agreement) {
        await manager.query(
          `INSERT INTO agreements (municipality_id, title, scope, signed_on, valid_from, valid_until) VALUES ($1, $2, $3, $4, $5, $6)`,
          [row.id, `Convenio de cooperación EGM – ${m.name}`, 'Capacitación de servidores públicos y pasantías municipales', m.agreement.signedOn, m.agreement.validFrom, m.agreement.validUntil],
        );
      }
    }
    for (const u of [...DEMO_ACCOUNTS, ...demoParticipants(DEMO_MUNICIPALITIES)]) {
      await manager.query(
        `INSERT INTO users (email, password_hash, first_names, last_names, national_id_number, national_id_issued_in, gender,
           municipality_id, org_unit, position, roles)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT ON CONSTRAINT uq_users_email DO NOTHING`,
        [u.email, passwordHash, u.firstNames, u.lastNames, u.nationalIdNumber, u.issuedIn, u.gender, ids.get(u.municipalityCode), u.orgUnit, u.position, u.roles],
      );
    }
    const catalogue = await seedDemoCourses(manager);
    if (catalogue.seeded) {
      await seedDemoLearning(manager);
      await seedDemoCertificates(manager);
      await seedDemoInternships(manager);
      await seedDemoPastInternships(manager);
    }
  });
  return { seeded: true };
};
