/**
 * Certificates benchmark (part of `npm run bench`): issuing and rendering 1,000 certificates.
 *
 * Starts a throw-away embedded PostgreSQL (or a fresh database on DATABASE_URL's server) with the
 * migrations, boots the real application module (no HTTP needed) and creates, in bulk SQL, one
 * cohort with N (1,000) participants who passed. Then it measures:
 *   (a) issuing all of them through the coordinator's batch — the pg-boss background job that
 *       `POST /api/cohorts/:id/certificates/batch` starts (one transaction per enrolment: lock, next
 *       gapless serial, code, snapshot, audit entry, notification) — from the request to "done";
 *   (b) rendering the N PDFs to buffers with `renderCertificatePdf`, one after another, as the API does;
 *   (c) the cohort's ZIP (`zipOfCertificates`, what `GET /api/cohorts/:id/certificates.zip` streams),
 *       rendering again and archiving, read to the end.
 * Not part of `npm test`.
 */
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { laPazToday } from '@campus/domain';
import type { AuthUser } from '../../apps/api/src/common/decorators/auth.decorators';
import { createApp } from '../../apps/api/src/bootstrap';
import { zipOfCertificates } from '../../apps/api/src/modules/certificates/certificate-files.service';
import { certificateVerifyUrl, renderCertificatePdf } from '../../apps/api/src/modules/certificates/certificate-pdf';
import { CertificatesService } from '../../apps/api/src/modules/certificates/certificates.service';
import { Certificate } from '../../apps/api/src/modules/certificates/entities/certificate.entity';
import { insertUsers } from '../support/enrolments';
import { createTestDatabase } from '../support/test-database';
import { ensureDefaultFramework, makeCohort, makeCourse, makeUser } from '../support/test-app';
import { machineLines, runBench } from './report';

const COUNT = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const ORIGIN = 'https://campus.egm.example';

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const mib = (bytes: number) => `${fixed(bytes / 2 ** 20)} MiB`;

const main = async () => {
  const started = performance.now();
  process.stdout.write(`Preparando PostgreSQL embebido y una cohorte con ${COUNT} participantes aprobados…\n`);
  process.env.LOG_LEVEL ??= 'silent';
  const database = await createTestDatabase('bench_certificates');
  const app = await createApp({ databaseUrl: database.url, serveWeb: false });
  try {
    await app.init();
    const db = app.get(DataSource);
    const service = app.get(CertificatesService);

    // One course with three competencies, one cohort, N participants who passed (bulk SQL).
    await ensureDefaultFramework(db);
    const course = await makeCourse(db, { modality: 'online', workloadHours: 40, title: 'Gestión pública municipal y planificación participativa' });
    await db.query(
      `INSERT INTO course_competencies (course_id, competency_id, level)
       SELECT $1, id, 1 + (row_number() OVER (ORDER BY code))::int % 3 FROM competency_items WHERE kind = 'competency' ORDER BY code LIMIT 3`,
      [course.id],
    );
    const cohort = await makeCohort(db, course, { modality: 'online', venue: null });
    const users = await insertUsers(db, COUNT);
    await db.query(
      `INSERT INTO enrolments (cohort_id, user_id, status, final_score)
       SELECT $1, u, 'passed', 70 + (i % 30) FROM unnest($2::uuid[]) WITH ORDINALITY AS t(u, i)`,
      [cohort.id, users.map((u) => u.id)],
    );
    const coordinator = await makeUser(db, ['coordinator']);
    const actor: AuthUser = { id: coordinator.id, email: coordinator.email, roles: ['coordinator'], municipalityId: null };

    // (a) The batch job, from the request to "done".
    const t0 = performance.now();
    const { jobId } = await service.startCohortBatch(cohort.id, actor);
    let job: { status: string; done: number; failed: number; started_at: Date | null; finished_at: Date | null; created_at: Date };
    for (;;) {
      [job] = await db.query(`SELECT status, done, failed, created_at, started_at, finished_at FROM background_jobs WHERE id = $1`, [jobId]);
      if (job.status === 'done' || job.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const issueMs = performance.now() - t0;
    const runMs = job.finished_at && job.started_at ? job.finished_at.getTime() - job.started_at.getTime() : NaN;
    if (job.status !== 'done' || job.done !== COUNT) throw new Error(`El trabajo terminó ${job.status}: ${job.done} emitidos, ${job.failed} fallidos`);

    const certificates = await db.getRepository(Certificate).find({ where: { cohortId: cohort.id }, order: { serial: 'ASC' } });
    const numbers = certificates.map((c) => c.number);
    const gapless = certificates.length === COUNT && numbers.every((n, i) => n === numbers[0] + i);
    const [{ audits }] = await db.query(`SELECT count(*)::int AS audits FROM audit_log WHERE action = 'certificate.issue'`);

    // (b) Rendering every PDF to a buffer, one after another.
    const t1 = performance.now();
    let pdfBytes = 0;
    for (const certificate of certificates) {
      const pdf = await renderCertificatePdf(certificate, { verifyUrl: certificateVerifyUrl(ORIGIN, certificate.verificationCode) });
      pdfBytes += pdf.length;
    }
    const renderMs = performance.now() - t1;
    const peakRss = process.memoryUsage().rss;

    // (c) The cohort's ZIP, read to the end.
    const t2 = performance.now();
    let zipBytes = 0;
    const archive = zipOfCertificates(certificates, ORIGIN, (error) => {
      throw error;
    });
    for await (const chunk of archive) zipBytes += (chunk as Buffer).length;
    const zipMs = performance.now() - t2;

    const [{ server_version: pgVersion }] = await db.query(`SHOW server_version`);
    const row = (name: string, ms: number, extra = '') =>
      `  ${name.padEnd(44)}${fixed(ms / 1000, 2).padStart(9)} s${fixed(ms / COUNT, 2).padStart(10)} ms${fixed(COUNT / (ms / 1000)).padStart(10)} /s   ${extra}`;
    const lines = [
      '',
      `Certificados — emitir, dibujar y comprimir ${COUNT} certificados de una cohorte`,
      '',
      ...machineLines(),
      `  Software    Node ${process.version} · PostgreSQL ${pgVersion} (embebido salvo DATABASE_URL), en la misma máquina; pdfkit, qrcode, archiver`,
      '',
      `  ${''.padEnd(44)}${'total'.padStart(11)}${'por cert.'.padStart(13)}${'cert./s'.padStart(10)}`,
      row('(a) emitir: trabajo en segundo plano (pg-boss)', issueMs, `(de la solicitud a «terminado»; ejecución ${fixed(runMs / 1000, 2)} s)`),
      row('(b) dibujar los PDF (a memoria, en serie)', renderMs, `${mib(pdfBytes)} en total, ${fixed(pdfBytes / COUNT / 1024)} KiB por PDF`),
      row('(c) ZIP de la cohorte (dibujar + comprimir)', zipMs, `${mib(zipBytes)}`),
      row('    emitir y dibujar (a + b)', issueMs + renderMs),
      '',
      `  Comprobaciones  ${certificates.length} certificados, series ${certificates[0]?.serial} … ${certificates.at(-1)?.serial} ${gapless ? 'sin huecos' : 'CON HUECOS'}; ${audits} entradas de auditoría; año ${laPazToday().slice(0, 4)}`,
      `  Memoria         RSS del proceso tras dibujar: ${mib(peakRss)}`,
      '',
      '  Emitir, por certificado: una transacción con la inscripción bloqueada, el siguiente número de serie del año (fila',
      '  bloqueada hasta el commit: sin huecos), un código de verificación aleatorio, la instantánea (titular, curso, cohorte,',
      '  competencias, firmantes), la entrada de auditoría y la notificación al titular; el avance del trabajo tras cada una.',
      '  Dibujar: A4 apaisado, fuentes DejaVu incrustadas (subconjunto), el QR en vectores; sin caché entre certificados.',
      '',
      `  Total ${fixed((performance.now() - started) / 1000)} s`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!gapless) process.exitCode = 1;
  } finally {
    await app.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
  }
};

runBench(main);
