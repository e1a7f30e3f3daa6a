import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MAX_ACTIVITY_FILE_BYTES } from '@campus/domain';
import { createTestApp, login, makeCohort, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';
import {
  addFacilitator, apiAddActivity, apiAddModule, bearer, binaryParser, contentShape, coursePayload, fieldsOf, makeFrameworkBranch,
  samplePdf, versionSnapshot,
} from '../support/courses';
import type { FrameworkBranch } from '../support/courses';

interface Course {
  id: string;
  code: string;
  latestVersion: { id: string };
}

const QUESTIONS = [
  {
    kind: 'single_choice',
    prompt: '¿Qué instrumento planifica la gestión anual?',
    options: [
      { id: 'poa', text: 'El POA', correct: true },
      { text: 'El PTDI', correct: false },
    ],
    points: 2,
    feedback: 'El Programa Operativo Anual.',
  },
  {
    kind: 'multiple_choice',
    prompt: 'Marque los ingresos propios',
    options: [
      { text: 'Impuestos municipales', correct: true },
      { text: 'Tasas', correct: true },
      { text: 'Coparticipación', correct: false },
    ],
  },
  { kind: 'true_false', prompt: 'La rendición de cuentas es pública.', options: [{ text: 'x', correct: true }, { text: 'y', correct: false }] },
  { kind: 'short_answer', prompt: 'Sigla del plan territorial', acceptedAnswers: [' PTDI ', '', 'Plan Territorial de Desarrollo Integral'] },
];

describe('course content (real PostgreSQL)', () => {
  let ctx: TestContext;
  let token: string;
  let branch: FrameworkBranch;

  const http = () => ctx.http();
  const newCourse = async (overrides: Record<string, unknown> = {}): Promise<Course> => {
    const response = await http().post('/api/courses').set(bearer(token)).send(coursePayload(branch, overrides));
    expect(response.status).toBe(201);
    return response.body;
  };
  const content = async (courseId: string, versionId?: string) => {
    const response = await http().get(`/api/courses/${courseId}/content`).query(versionId ? { versionId } : {}).set(bearer(token));
    expect(response.status).toBe(200);
    return response.body;
  };
  const upload = (activityId: string, data: Buffer, name: string, as = token) =>
    http().put(`/api/course-activities/${activityId}/file`).set(bearer(as)).attach('file', data, { filename: name, contentType: 'application/pdf' });
  const download = (activityId: string, as = token) =>
    http().get(`/api/course-activities/${activityId}/file`).set(bearer(as)).buffer(true).parse(binaryParser);
  const storedPath = (key: string) => path.join(process.env.STORAGE_DIR!, ...key.split('/'));
  const fileKeyOf = async (activityId: string): Promise<string | null> =>
    (await ctx.db.query(`SELECT file_key FROM course_activities WHERE id = $1`, [activityId]))[0].file_key;

  beforeAll(async () => {
    ctx = await createTestApp();
    const user = await makeUser(ctx.db, ['coordinator']);
    token = (await login(ctx, user)).token;
    branch = await makeFrameworkBranch(ctx.db);
  });
  afterAll(() => ctx.close());

  describe('modules', () => {
    it('adds modules at the end, reorders them in one go, edits and deletes them', async () => {
      const course = await newCourse();
      const [a, b, c] = [
        await apiAddModule(ctx, token, course.id, 'Marco normativo'),
        await apiAddModule(ctx, token, course.id, 'Planificación'),
        await apiAddModule(ctx, token, course.id, 'Presupuesto'),
      ];
      expect((await content(course.id)).modules.map((m: { id: string; position: number }) => [m.id, m.position])).toEqual([[a, 1], [b, 2], [c, 3]]);

      const reordered = await http().put(`/api/courses/${course.id}/modules/order`).set(bearer(token)).send({ moduleIds: [c, a, b] });
      expect(reordered.status).toBe(200);
      expect(reordered.body.modules.map((m: { id: string; position: number }) => [m.id, m.position])).toEqual([[c, 1], [a, 2], [b, 3]]);

      for (const moduleIds of [[c, a], [c, a, b, a], [c, a, course.id]]) {
        const bad = await http().put(`/api/courses/${course.id}/modules/order`).set(bearer(token)).send({ moduleIds });
        expect(bad.status).toBe(400);
        expect(fieldsOf(bad.body)).toEqual(['moduleIds']);
      }
      expect((await content(course.id)).modules.map((m: { id: string }) => m.id)).toEqual([c, a, b]);

      const renamed = await http().patch(`/api/course-modules/${a}`).set(bearer(token)).send({ title: 'Normativa', summary: 'Leyes 482 y 031' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ id: a, title: 'Normativa', summary: 'Leyes 482 y 031', position: 2, activities: [] });
      const empty = await http().patch(`/api/course-modules/${a}`).set(bearer(token)).send({ title: '  ' });
      expect(fieldsOf(empty.body)).toEqual(['title']);

      expect((await http().delete(`/api/course-modules/${c}`).set(bearer(token))).status).toBe(204);
      expect((await content(course.id)).modules.map((m: { id: string; position: number }) => [m.id, m.position])).toEqual([[a, 1], [b, 2]]);
      expect((await http().delete(`/api/course-modules/${c}`).set(bearer(token))).status).toBe(404);
      const actions = await ctx.db.query(`SELECT action FROM audit_log WHERE entity_id = ANY($1) ORDER BY created_at, id`, [[a, c, course.latestVersion.id]]);
      expect(actions.map((r: { action: string }) => r.action)).toEqual([
        'course.module.create', 'course.module.create', 'course.module.reorder', 'course.module.update', 'course.module.delete',
      ]);
    });
  });

  describe('activities', () => {
    it('creates each kind with its own fields, sanitises markdown and offers a video player address', async () => {
      const course = await newCourse({ passingScore: 65 });
      const moduleId = await apiAddModule(ctx, token, course.id, 'Módulo 1');
      const page = await http().post(`/api/course-modules/${moduleId}/activities`).set(bearer(token)).send({
        kind: 'page',
        title: 'Lectura',
        required: false,
        body: '# Hola\n\n<script>alert(1)</script>\n\n[clic](javascript:alert(1)) <img src=x onerror="alert(1)"> https://egm.lapaz.bo',
      });
      expect(page.status).toBe(201);
      expect(page.body).toMatchObject({ kind: 'page', title: 'Lectura', required: false, position: 1, videoUrl: null, file: null, maxAttempts: null, passingScore: null });
      expect(page.body.bodyHtml).toContain('<h1>Hola</h1>');
      expect(page.body.bodyHtml).toContain('&lt;script&gt;');
      expect(page.body.bodyHtml).not.toMatch(/<script|href="javascript:|<img[^>]*onerror/i);
      expect(page.body.bodyHtml).toContain('<a href="https://egm.lapaz.bo" target="_blank" rel="noopener noreferrer">');

      const video = await http().post(`/api/course-modules/${moduleId}/activities`).set(bearer(token))
        .send({ kind: 'video', title: 'Bienvenida', videoUrl: 'https://youtu.be/dQw4w9WgXcQ' });
      expect(video.body).toMatchObject({ position: 2, videoUrl: 'https://youtu.be/dQw4w9WgXcQ', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' });
      const quiz = await http().post(`/api/course-modules/${moduleId}/activities`).set(bearer(token)).send({ kind: 'quiz', title: 'Evaluación', maxAttempts: 3 });
      expect(quiz.body).toMatchObject({ position: 3, maxAttempts: 3, passingScore: 65, questions: [] });

      const bad: [Record<string, unknown>, string[]][] = [
        [{ kind: 'video', title: 'V', videoUrl: 'http://youtu.be/dQw4w9WgXcQ' }, ['videoUrl']],
        [{ kind: 'video', title: 'V', videoUrl: 'https://localhost' }, ['videoUrl']],
        [{ kind: 'page', title: 'P', videoUrl: 'https://youtu.be/dQw4w9WgXcQ' }, ['videoUrl']],
        [{ kind: 'page', title: 'P', maxAttempts: 2, passingScore: 50 }, ['maxAttempts', 'passingScore']],
        [{ kind: 'quiz', title: 'Q', maxAttempts: 0, passingScore: 101 }, ['maxAttempts', 'passingScore']],
        [{ kind: 'scorm', title: '' }, ['kind', 'title']],
      ];
      for (const [body, fields] of bad) {
        const response = await http().post(`/api/course-modules/${moduleId}/activities`).set(bearer(token)).send(body);
        expect({ body, status: response.status, fields: fieldsOf(response.body) }).toEqual({ body, status: 400, fields });
      }
      expect((await content(course.id)).modules[0].activities).toHaveLength(3);

      // Settings change; the kind does not.
      const updated = await http().patch(`/api/course-activities/${quiz.body.id}`).set(bearer(token)).send({ maxAttempts: null, passingScore: 80, required: false });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ maxAttempts: null, passingScore: 80, required: false });
      expect(fieldsOf((await http().patch(`/api/course-activities/${quiz.body.id}`).set(bearer(token)).send({ kind: 'page' })).body)).toEqual(['kind']);
    });

    it('reorders activities within a module and moves one to another module', async () => {
      const course = await newCourse();
      const first = await apiAddModule(ctx, token, course.id, 'Uno');
      const second = await apiAddModule(ctx, token, course.id, 'Dos');
      const [x, y, z] = [
        await apiAddActivity(ctx, token, first, { kind: 'page', title: 'X' }),
        await apiAddActivity(ctx, token, first, { kind: 'page', title: 'Y' }),
        await apiAddActivity(ctx, token, first, { kind: 'page', title: 'Z' }),
      ];
      const w = await apiAddActivity(ctx, token, second, { kind: 'page', title: 'W' });
      const order = await http().put(`/api/course-modules/${first}/activities/order`).set(bearer(token)).send({ activityIds: [z, x, y] });
      expect(order.status).toBe(200);
      expect(order.body.activities.map((a: { title: string; position: number }) => [a.title, a.position])).toEqual([['Z', 1], ['X', 2], ['Y', 3]]);
      const bad = await http().put(`/api/course-modules/${first}/activities/order`).set(bearer(token)).send({ activityIds: [z, x, w] });
      expect(fieldsOf(bad.body)).toEqual(['activityIds']);

      const moved = await http().patch(`/api/course-activities/${z}`).set(bearer(token)).send({ moduleId: second });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ moduleId: second, position: 2 });
      const after = await content(course.id);
      expect(after.modules.map((m: { activities: { title: string; position: number }[] }) => m.activities.map((a) => [a.title, a.position]))).toEqual([
        [['X', 1], ['Y', 2]],
        [['W', 1], ['Z', 2]],
      ]);
      const otherCourse = await newCourse();
      const foreign = await apiAddModule(ctx, token, otherCourse.id, 'Ajeno');
      const refused = await http().patch(`/api/course-activities/${x}`).set(bearer(token)).send({ moduleId: foreign });
      expect(refused.status).toBe(400);
      expect(fieldsOf(refused.body)).toEqual(['moduleId']);
    });
  });

  describe('quiz questions', () => {
    it('replaces all questions at once, fixing the true/false options and cleaning accepted answers', async () => {
      const course = await newCourse();
      const moduleId = await apiAddModule(ctx, token, course.id, 'Evaluación');
      const quiz = await apiAddActivity(ctx, token, moduleId, { kind: 'quiz', title: 'Final' });
      const response = await http().put(`/api/course-activities/${quiz}/questions`).set(bearer(token)).send({ questions: QUESTIONS });
      expect(response.status).toBe(200);
      const questions = response.body.questions;
      expect(questions.map((q: { position: number; kind: string }) => [q.position, q.kind])).toEqual([
        [1, 'single_choice'], [2, 'multiple_choice'], [3, 'true_false'], [4, 'short_answer'],
      ]);
      expect(questions[0]).toMatchObject({ points: 2, feedback: 'El Programa Operativo Anual.' });
      expect(questions[0].options[0]).toEqual({ id: 'poa', text: 'El POA', correct: true });
      expect(questions[0].options[1].id).toMatch(/^[\w-]{1,36}$/);
      expect(questions[2].options).toEqual([
        { id: 'true', text: 'Verdadero', correct: true },
        { id: 'false', text: 'Falso', correct: false },
      ]);
      expect(questions[3]).toMatchObject({ options: [], acceptedAnswers: ['PTDI', 'Plan Territorial de Desarrollo Integral'], points: 1, feedback: null });
    });

    it('refuses a question without a correct answer, naming it, and keeps the previous questions', async () => {
      const course = await newCourse();
      const moduleId = await apiAddModule(ctx, token, course.id, 'Evaluación');
      const quiz = await apiAddActivity(ctx, token, moduleId, { kind: 'quiz', title: 'Final' });
      expect((await http().put(`/api/course-activities/${quiz}/questions`).set(bearer(token)).send({ questions: QUESTIONS })).status).toBe(200);
      const before = await ctx.db.query(`SELECT id, prompt FROM quiz_questions WHERE activity_id = $1 ORDER BY position`, [quiz]);

      const noCorrect = await http().put(`/api/course-activities/${quiz}/questions`).set(bearer(token)).send({
        questions: [
          { kind: 'single_choice', prompt: '¿Cuál?', options: [{ text: 'A', correct: false }, { text: 'B', correct: false }] },
          { kind: 'true_false', prompt: 'Falso o verdadero', options: [{ text: 'V', correct: true }, { text: 'F', correct: true }] },
          { kind: 'short_answer', prompt: '', acceptedAnswers: ['  '] },
          { kind: 'single_choice', prompt: 'Dos correctas', options: [{ text: 'A', correct: true }, { text: 'a ', correct: true }] },
        ],
      });
      expect(noCorrect.status).toBe(400);
      expect(noCorrect.body.code).toBe('COURSE_INVALID_QUESTIONS');
      expect(noCorrect.body.errors).toEqual([
        { field: 'questions[0].options', message: 'Marque la respuesta correcta' },
        { field: 'questions[1].options', message: 'Marque una sola respuesta correcta' },
        { field: 'questions[2].prompt', message: 'Escriba el enunciado de la pregunta' },
        { field: 'questions[2].acceptedAnswers', message: 'Escriba al menos una respuesta aceptada' },
        { field: 'questions[3].options', message: 'Hay opciones repetidas' },
        { field: 'questions[3].options', message: 'Marque una sola respuesta correcta' },
      ]);
      const shape = await http().put(`/api/course-activities/${quiz}/questions`).set(bearer(token))
        .send({ questions: [{ kind: 'essay', prompt: 'x', points: 0 }] });
      expect(shape.status).toBe(400);
      expect(fieldsOf(shape.body).sort()).toEqual(['questions.0.kind', 'questions.0.points']);
      expect(await ctx.db.query(`SELECT id, prompt FROM quiz_questions WHERE activity_id = $1 ORDER BY position`, [quiz])).toEqual(before);

      const page = await apiAddActivity(ctx, token, moduleId, { kind: 'page', title: 'P' });
      const onPage = await http().put(`/api/course-activities/${page}/questions`).set(bearer(token)).send({ questions: QUESTIONS });
      expect(onPage.status).toBe(400);
      expect(fieldsOf(onPage.body)).toEqual(['questions']);
    });
  });

  describe('files', () => {
    let course: Course;
    let fileActivity: string;

    beforeAll(async () => {
      course = await newCourse();
      const moduleId = await apiAddModule(ctx, token, course.id, 'Materiales');
      fileActivity = await apiAddActivity(ctx, token, moduleId, { kind: 'file', title: 'Guía' });
    });

    it('refuses programs, renamed text, mismatched extensions, empty and oversized files, and stores nothing', async () => {
      const cases: [Buffer, string, number][] = [
        [Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]), 'instalador.exe', 415],
        [Buffer.from('Estas son mis notas, renombradas a PDF.\n'), 'apuntes.pdf', 415],
        [samplePdf(), 'guia.docx', 415],
        [Buffer.alloc(0), 'vacio.pdf', 400],
        [Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_ACTIVITY_FILE_BYTES)]), 'enorme.pdf', 413],
      ];
      for (const [data, name, status] of cases) {
        const response = await upload(fileActivity, data, name);
        expect({ name, status: response.status, fields: fieldsOf(response.body) }).toEqual({ name, status, fields: ['file'] });
      }
      const none = await http().put(`/api/course-activities/${fileActivity}/file`).set(bearer(token)).field('other', 'x');
      expect(none.status).toBe(400);
      expect(fieldsOf(none.body)).toEqual(['file']);
      expect(await fileKeyOf(fileActivity)).toBeNull();
      const folder = path.join(process.env.STORAGE_DIR!, 'course-files');
      expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    });

    it('stores a valid PDF, serves it back byte for byte as an attachment, and deletes a replaced one', async () => {
      const pdf = samplePdf();
      const stored = await upload(fileActivity, pdf, 'Guía POA 2026.pdf');
      expect(stored.status).toBe(200);
      expect(stored.body.file).toEqual({ name: 'Guía POA 2026.pdf', type: 'application/pdf', size: pdf.length });
      const key = (await fileKeyOf(fileActivity))!;
      expect(key).toMatch(/^course-files\/[0-9a-f-]{36}$/);
      expect(existsSync(storedPath(key))).toBe(true);

      const response = await download(fileActivity);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="Guia POA 2026.pdf"; filename*=UTF-8''Gu%C3%ADa%20POA%202026.pdf`);
      expect(Buffer.compare(response.body as Buffer, pdf)).toBe(0);

      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      const replaced = await upload(fileActivity, png, 'mapa.PNG');
      expect(replaced.body.file).toEqual({ name: 'mapa.PNG', type: 'image/png', size: png.length });
      expect(existsSync(storedPath(key))).toBe(false);
      expect(Buffer.compare((await download(fileActivity)).body as Buffer, png)).toBe(0);
    });

    it('lets the course facilitators download, nobody else', async () => {
      const facilitator = await makeUser(ctx.db, ['facilitator']);
      const stranger = await makeUser(ctx.db, ['facilitator']);
      const participant = await makeUser(ctx.db, ['participant']);
      const second = await newCourse();
      const cohort = await makeCohort(ctx.db, { id: second.id, code: second.code, versionId: second.latestVersion.id });
      await addFacilitator(ctx.db, cohort.id, facilitator.id);
      // The facilitator teaches another course: this one's file stays out of reach.
      expect((await download(fileActivity, (await login(ctx, facilitator)).token)).status).toBe(404);
      expect((await download(fileActivity, (await login(ctx, stranger)).token)).status).toBe(404);
      expect((await download(fileActivity, (await login(ctx, participant)).token)).status).toBe(404);
      const ownCohort = await makeCohort(ctx.db, { id: course.id, code: course.code, versionId: course.latestVersion.id });
      await addFacilitator(ctx.db, ownCohort.id, facilitator.id);
      expect((await download(fileActivity, (await login(ctx, facilitator)).token)).status).toBe(200);
      expect((await upload(fileActivity, samplePdf(), 'a.pdf', (await login(ctx, facilitator)).token)).status).toBe(403);
    });
  });

  describe('versions', () => {
    it('locks a version once a cohort uses it, and edits go to a copy', async () => {
      const course = await newCourse();
      const v1 = course.latestVersion.id;
      const moduleId = await apiAddModule(ctx, token, course.id, 'Módulo');
      const page = await apiAddActivity(ctx, token, moduleId, { kind: 'page', title: 'Página', body: '**Hola**' });
      const quiz = await apiAddActivity(ctx, token, moduleId, { kind: 'quiz', title: 'Quiz', maxAttempts: 2 });
      const file = await apiAddActivity(ctx, token, moduleId, { kind: 'file', title: 'Archivo' });
      await apiAddActivity(ctx, token, moduleId, { kind: 'video', title: 'Video', videoUrl: 'https://vimeo.com/76979871' });
      expect((await http().put(`/api/course-activities/${quiz}/questions`).set(bearer(token)).send({ questions: QUESTIONS })).status).toBe(200);
      expect((await upload(file, samplePdf(), 'guia.pdf')).status).toBe(200);

      // Nothing to version while no cohort uses version 1.
      const early = await http().post(`/api/courses/${course.id}/versions`).set(bearer(token));
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ code: 'COURSE_VERSION_NOT_NEEDED', errors: [{ field: 'version' }] });

      await makeCohort(ctx.db, { id: course.id, code: course.code, versionId: v1 });
      const snapshot = await versionSnapshot(ctx.db, v1);
      const v1Content = await content(course.id);
      expect(v1Content.version).toEqual({ id: v1, number: 1, locked: true, cohortCount: 1, latest: true });
      expect((await http().get(`/api/courses/${course.id}`).set(bearer(token))).body.latestVersion).toEqual({ id: v1, number: 1, locked: true, cohortCount: 1 });

      const attempts = [
        http().post(`/api/courses/${course.id}/modules`).set(bearer(token)).send({ title: 'Nuevo' }),
        http().patch(`/api/course-modules/${moduleId}`).set(bearer(token)).send({ title: 'Cambiado' }),
        http().put(`/api/courses/${course.id}/modules/order`).set(bearer(token)).send({ moduleIds: [moduleId] }),
        http().post(`/api/course-modules/${moduleId}/activities`).set(bearer(token)).send({ kind: 'page', title: 'Nueva' }),
        http().put(`/api/course-modules/${moduleId}/activities/order`).set(bearer(token)).send({ activityIds: v1Content.modules[0].activities.map((a: { id: string }) => a.id).reverse() }),
        http().patch(`/api/course-activities/${page}`).set(bearer(token)).send({ body: 'Otro texto' }),
        http().put(`/api/course-activities/${quiz}/questions`).set(bearer(token)).send({ questions: [] }),
        upload(file, samplePdf(), 'otra.pdf'),
        http().delete(`/api/course-activities/${page}`).set(bearer(token)),
        http().delete(`/api/course-modules/${moduleId}`).set(bearer(token)),
      ];
      for (const attempt of attempts) {
        const response = await attempt;
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({
          code: 'COURSE_CONTENT_LOCKED',
          detail: 'La versión 1 del contenido ya la usan cohortes programadas; cree una nueva versión para modificarla',
          errors: [{ field: 'version', message: 'La usa 1 cohorte; cree una nueva versión para modificarla' }],
        });
      }
      expect(await versionSnapshot(ctx.db, v1)).toEqual(snapshot);

      const created = await http().post(`/api/courses/${course.id}/versions`).set(bearer(token));
      expect(created.status).toBe(201);
      const v2 = created.body.version.id;
      expect(created.body.version).toEqual({ id: v2, number: 2, locked: false, cohortCount: 0, latest: true });
      expect(created.body.versions.map((v: { number: number; locked: boolean }) => [v.number, v.locked])).toEqual([[1, true], [2, false]]);
      expect(contentShape(created.body)).toEqual(contentShape(v1Content));
      const oldIds = new Set(JSON.stringify(v1Content).match(/[0-9a-f]{8}-[0-9a-f-]{27}/g));
      const newModule = created.body.modules[0];
      expect([newModule.id, ...newModule.activities.map((a: { id: string }) => a.id), ...newModule.activities[1].questions.map((q: { id: string }) => q.id)]
        .filter((id: string) => oldIds.has(id))).toEqual([]);
      // The copy shares the stored file.
      const newFile = newModule.activities[2].id;
      expect(await fileKeyOf(newFile)).toBe(await fileKeyOf(file));
      expect(Buffer.compare((await download(newFile)).body as Buffer, samplePdf())).toBe(0);

      // Version 2 is editable; version 1 stays as it was.
      expect((await http().patch(`/api/course-modules/${newModule.id}`).set(bearer(token)).send({ title: 'Módulo revisado' })).status).toBe(200);
      expect((await http().delete(`/api/course-activities/${newModule.activities[0].id}`).set(bearer(token))).status).toBe(204);
      const replaced = await upload(newFile, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'foto.jpg');
      expect(replaced.status).toBe(200);
      expect(await versionSnapshot(ctx.db, v1)).toEqual(snapshot);
      // The replaced file is still version 1's: it stays in storage.
      expect(existsSync(storedPath((await fileKeyOf(file))!))).toBe(true);
      expect(Buffer.compare((await download(file)).body as Buffer, samplePdf())).toBe(0);

      const old = await content(course.id, v1);
      expect(old.version).toEqual({ id: v1, number: 1, locked: true, cohortCount: 1, latest: false });
      expect(old.modules[0].title).toBe('Módulo');
      expect((await content(course.id)).modules[0].title).toBe('Módulo revisado');
      expect((await http().post(`/api/courses/${course.id}/versions`).set(bearer(token))).status).toBe(409);

      const unknown = await http().get(`/api/courses/${course.id}/content`).query({ versionId: (await newCourse()).latestVersion.id }).set(bearer(token));
      expect(unknown.status).toBe(404);
      expect(fieldsOf(unknown.body)).toEqual(['versionId']);
      const actions = await ctx.db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [v2]);
      expect(actions).toEqual([{ action: 'course.version.create' }]);
    });
  });
});
