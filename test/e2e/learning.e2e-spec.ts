import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, cohortLabel, laPazToday } from '@campus/domain';
import { ApiSession } from './support/api';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * Issue 4 as people live it: the demo participant (El Alto) requests a place in a blended course;
 * the El Alto liaison endorses it; the coordinator approves it; the participant completes a page
 * and passes the quiz; the facilitator marks attendance for the cohort's session; and the
 * participant ends as passed, with the course's competency on their profile.
 *
 * The stage (a course with one module — a page and a one-question quiz —, published, and a cohort
 * with enrolment open and its one session today) is set through the API as the coordinator: the
 * browser journeys of issue 3 already build courses through the UI. The steps share state and
 * run in order.
 */
describe('learning journey: request, endorse, approve, learn, attend, pass', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const participantName = 'Juan Carlos Poma Callisaya';
  const code = `APR-${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
  const title = `Atención ciudadana en ventanilla única ${code}`;
  const pageTitle = 'Lectura: la ventanilla única municipal';
  const quizTitle = 'Evaluación: ventanilla única';
  const competencyName = { value: '' };
  const today = laPazToday();
  let label = '';
  let cohortId = '';

  const nav = (p: Page) => p.getByRole('navigation', { name: 'Navegación principal' });
  const open = async (email: string): Promise<Page> => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await loginThroughUi(page, email);
    return page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await ApiSession.login('coordinador@demo.egm.bo');
    const framework = await coordinator.request<{ id: string; code: string; kind: string; name: string }[]>('GET', '/api/competencies');
    const area = framework.find((item) => item.code === 'A01');
    const subArea = framework.find((item) => item.code === 'A01.1');
    const competency = framework.find((item) => item.kind === 'competency' && item.code.startsWith('A01.1.'));
    if (!area || !subArea || !competency) throw new Error('the default framework lacks A01.1');
    competencyName.value = competency.name;
    const course = await coordinator.request<{ id: string }>('POST', '/api/courses', {
      code,
      title,
      summary: 'Orientar y resolver trámites en una sola ventanilla, con trato digno.',
      areaId: area.id,
      subAreaId: subArea.id,
      modality: 'blended',
      workloadHours: 16,
      passingScore: 70,
      minAttendance: 80,
      requiresEndorsement: true,
      requiresApproval: true,
      sdgTargets: ['16.6'],
      competencies: [{ competencyId: competency.id, level: 2 }],
    });
    const module = await coordinator.request<{ id: string }>('POST', `/api/courses/${course.id}/modules`, { title: 'La ventanilla única' });
    await coordinator.request('POST', `/api/course-modules/${module.id}/activities`, {
      kind: 'page',
      title: pageTitle,
      body: 'La **ventanilla única** reúne en un solo lugar la recepción, orientación y entrega de trámites municipales.',
      required: true,
    });
    const quiz = await coordinator.request<{ id: string }>('POST', `/api/course-modules/${module.id}/activities`, {
      kind: 'quiz',
      title: quizTitle,
      required: true,
      maxAttempts: 2,
      passingScore: 70,
    });
    await coordinator.request('PUT', `/api/course-activities/${quiz.id}/questions`, {
      questions: [
        {
          kind: 'true_false',
          prompt: 'La ventanilla única evita que la persona recorra varias oficinas.',
          options: [
            { text: 'Verdadero', correct: true },
            { text: 'Falso', correct: false },
          ],
        },
      ],
    });
    await coordinator.request('POST', `/api/courses/${course.id}/publish`);
    const facilitators = await coordinator.request<{ items: { id: string; email: string }[] }>('GET', '/api/users?role=facilitator&search=facilitador');
    const facilitator = facilitators.items.find((user) => user.email === 'facilitador@demo.egm.bo');
    if (!facilitator) throw new Error('no demo facilitator');
    const cohort = await coordinator.request<{ id: string; gestion: number; edition: number; parallel: string }>('POST', `/api/courses/${course.id}/cohorts`, {
      gestion: Number(today.slice(0, 4)),
      startsOn: today,
      endsOn: addDays(today, 20),
      enrolmentOpensOn: today,
      enrolmentClosesOn: addDays(today, 10),
      capacity: 20,
      modality: 'blended',
      venue: 'Aula EGM 2, Edificio Tobías',
      facilitatorIds: [facilitator.id],
    });
    cohortId = cohort.id;
    label = cohortLabel(cohort);
    // One session today, early enough (La Paz) that it has started whenever the test runs.
    await coordinator.request('POST', `/api/cohorts/${cohort.id}/sessions`, {
      startsAt: `${today}T00:30:00-04:00`,
      endsAt: `${today}T02:30:00-04:00`,
      title: 'Sesión presencial: taller de atención',
    });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  let participant: Page;

  it('the participant finds the course and requests a place; it waits for the municipality', async () => {
    participant = await open('participante@demo.egm.bo');
    await nav(participant).getByRole('link', { name: 'Catálogo', exact: true }).click();
    await participant.getByRole('heading', { level: 1, name: 'Catálogo de cursos' }).waitFor();
    const search = participant.getByRole('searchbox', { name: 'Buscar cursos' });
    await search.fill('ventanilla unica');
    await search.press('Enter');
    await participant.waitForURL(/buscar=ventanilla/);
    await participant.getByRole('list', { name: 'Resultados' }).getByRole('link', { name: title, exact: true }).click();
    await participant.getByRole('heading', { level: 1, name: title }).waitFor();
    await participant.getByRole('button', { name: `Solicitar inscripción en la cohorte ${label}` }).click();
    await participant.getByText('Solicitud enviada — espera el aval de su municipio').waitFor();
    await expectAccessible(participant, 'curso del catálogo tras la solicitud');
  });

  it('the El Alto liaison endorses the request', async () => {
    const liaison = await open('enlace@demo.egm.bo');
    await nav(liaison).getByRole('link', { name: 'Inscripciones' }).click();
    await liaison.getByRole('heading', { level: 1, name: 'Solicitudes de El Alto' }).waitFor();
    const row = liaison.getByRole('row').filter({ hasText: title });
    await row.getByRole('button', { name: `Avalar la solicitud de ${participantName}`, exact: true }).click();
    await liaison.getByText(`Solicitud de ${participantName} avalada.`).waitFor();
    await expectAccessible(liaison, 'inscripciones del enlace');
  });

  it('the coordinator approves it and the participant holds a place', async () => {
    const coordinator = await open('coordinador@demo.egm.bo');
    await nav(coordinator).getByRole('link', { name: 'Inscripciones' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Inscripciones' }).waitFor();
    const row = coordinator.getByRole('row').filter({ hasText: title });
    await row.getByRole('button', { name: `Aprobar la solicitud de ${participantName}`, exact: true }).click();
    await coordinator.getByText(`Solicitud de ${participantName} aprobada: Inscrito/a.`).waitFor();
    await expectAccessible(coordinator, 'inscripciones de la coordinación');

    await participant.reload();
    await participant.getByText('Inscrito/a en esta cohorte').waitFor();
  });

  it('the participant completes the page and passes the quiz; attendance is all that is missing', async () => {
    await nav(participant).getByRole('link', { name: 'Mi aprendizaje' }).click();
    await participant.getByRole('heading', { level: 1, name: 'Mi aprendizaje' }).waitFor();
    await expectAccessible(participant, 'mi aprendizaje');
    const card = participant.getByRole('article').filter({ hasText: title });
    await card.getByRole('link', { name: /Empezar/ }).click();
    await participant.getByRole('heading', { name: pageTitle }).waitFor();
    await expectAccessible(participant, 'reproductor: página');
    await participant.getByRole('button', { name: 'Marcar como completada' }).click();
    await participant.getByText(`«${pageTitle}» quedó completada.`).waitFor();

    await participant.getByRole('link', { name: /Siguiente/ }).click();
    await participant.getByRole('heading', { name: quizTitle }).waitFor();
    await participant.getByRole('group', { name: /Pregunta 1\./ }).getByRole('radio', { name: 'Verdadero' }).check();
    await participant.getByRole('button', { name: 'Enviar respuestas' }).click();
    await participant.getByText('Su nota: 100').waitFor();
    await participant.getByText('Aprobó el cuestionario.').waitFor();
    await participant.getByText(/alcanzar la asistencia mínima/).waitFor();
    await expectAccessible(participant, 'reproductor: cuestionario aprobado');
  });

  it('the facilitator marks the whole list present in one tap and saves', async () => {
    const facilitator = await open('facilitador@demo.egm.bo');
    await nav(facilitator).getByRole('link', { name: 'Mis cohortes' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Mis cohortes' }).waitFor();
    await expectAccessible(facilitator, 'mis cohortes');
    await facilitator.goto(`/cohortes/${cohortId}/asistencia`);
    await facilitator.getByRole('heading', { level: 1, name: `Asistencia de ${title} (${label})` }).waitFor();
    await facilitator.getByRole('radio', { name: 'Todos presentes' }).check();
    await facilitator.getByRole('group', { name: /Poma Callisaya/ }).getByRole('radio', { name: 'Presente' }).waitFor();
    await facilitator.getByRole('button', { name: 'Guardar asistencia' }).click();
    await facilitator.getByText(/Asistencia guardada/).waitFor();
    await expectAccessible(facilitator, 'asistencia guardada');

    await facilitator.goto(`/cohortes/${cohortId}/participantes`);
    await facilitator.getByRole('heading', { level: 1, name: `Participantes de ${title} (${label})` }).waitFor();
    await facilitator.getByRole('table', { name: /Participantes de la cohorte/ }).getByRole('row').filter({ hasText: 'Poma Callisaya' }).getByText('Aprobado').waitFor();
    await expectAccessible(facilitator, 'participantes de la cohorte');
  });

  it('the participant ends as passed, with the course competency on their profile', async () => {
    await nav(participant).getByRole('link', { name: 'Mi aprendizaje' }).click();
    const card = participant.getByRole('article').filter({ hasText: title });
    await card.getByText('Aprobado').waitFor();
    await nav(participant).getByRole('link', { name: 'Mis competencias' }).click();
    await participant.getByRole('heading', { level: 1, name: 'Mis competencias' }).waitFor();
    await participant.getByText(competencyName.value).first().waitFor();
    await participant.getByRole('table', { name: /Evidencias/ }).getByRole('row').filter({ hasText: title }).waitFor();
    await expectAccessible(participant, 'mis competencias');
  });
});
