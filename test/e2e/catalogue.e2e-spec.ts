import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { addDays, laPazToday } from '@campus/domain';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * Issue 3 as people live it: a coordinator builds a course (data, a module with a page and a quiz),
 * publishes it and schedules a cohort with sessions; a participant finds it in the catalogue by
 * typing «gestion de riesgo» without accents; its facilitator sees the sessions in the calendar.
 * The steps share state and run in order.
 */
describe('catalogue journey: build a course, schedule a cohort, find it in the catalogue', () => {
  let browser: Browser;
  let coordinator: BrowserContext;
  let page: Page;
  const nav = (p: Page) => p.getByRole('navigation', { name: 'Navegación principal' });

  // One course per run: the code is unique, the title is what the participant finds.
  const code = `GRL-${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
  const title = 'Gestión de Riesgos en Laderas Urbanas';
  const moduleTitle = 'Amenazas en laderas y quebradas';
  const closingModuleTitle = 'Evaluación final';
  const pageTitle = 'Lectura: deslizamientos y mazamorras';
  const quizTitle = 'Evaluación: riesgos en laderas';
  const facilitator = 'Lucía Quispe Huanca';
  const venue = 'Salón Illimani, Casa de la Cultura';
  const firstSession = 'Sesión 1: diagnóstico de laderas';
  const seriesTitle = 'Taller de mapas de riesgo';
  // Options of the quiz: none of them may reach a participant.
  const rightOption = 'La Ley 602 de Gestión de Riesgos';
  const wrongOptions = ['La Ley 031 Marco de Autonomías', 'El Código Civil boliviano'];

  // Dates in La Paz: enrolment open today, the cohort starts in two weeks.
  const today = laPazToday();
  const startsOn = addDays(today, 14);
  const endsOn = addDays(startsOn, 30);
  const opensOn = today;
  const closesOn = addDays(today, 10);
  const seriesFrom = addDays(startsOn, 7);
  const seriesTo = addDays(startsOn, 14);
  const label = `${startsOn.slice(0, 4)} · V1 · A`;
  let courseUrl = '';

  /** Formats as the SPA does (es-BO, in the browser's own ICU), so expectations match exactly. */
  const formatDate = (p: Page, date: string) =>
    p.evaluate((d) => new Intl.DateTimeFormat('es-BO', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), date);
  const weekdayName = (p: Page, date: string) =>
    p.evaluate((d) => new Intl.DateTimeFormat('es-BO', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), date);
  const longDate = (p: Page, date: string) =>
    p.evaluate((d) => new Intl.DateTimeFormat('es-BO', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), date);
  const monthLabel = (p: Page, date: string) =>
    p.evaluate((d) => {
      const name = new Intl.DateTimeFormat('es-BO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d.slice(0, 7)}-01T00:00:00Z`));
      return name.charAt(0).toLocaleUpperCase('es-BO') + name.slice(1);
    }, date);

  /** The writes the page sends (method and path), to prove a refused form sent nothing. */
  const writes: string[] = [];
  const recordWrite = (request: Request) => {
    const path = new URL(request.url()).pathname;
    // Session upkeep (token refresh) is not a write of the form under test.
    if (request.method() !== 'GET' && path.startsWith('/api/') && !path.startsWith('/api/auth/')) writes.push(`${request.method()} ${path}`);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await newContext(browser);
    page = await coordinator.newPage();
    page.on('request', recordWrite);
    await loginThroughUi(page, 'coordinador@demo.egm.bo');
  });
  afterAll(() => browser.close());

  it('creates the course as a draft, refusing a code already taken with the message beside the field', async () => {
    await nav(page).getByRole('link', { name: 'Cursos', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cursos' }).waitFor();
    await page.getByRole('table', { name: /^Cursos \(/ }).waitFor();
    await expectAccessible(page, 'cursos');

    await page.getByRole('link', { name: 'Nuevo curso' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuevo curso' }).waitFor();
    await page.getByLabel('Código').fill('GRD-150'); // the demo course's code
    await page.getByLabel('Título', { exact: true }).fill(title);
    await page.getByLabel('Resumen', { exact: true }).fill(
      'Identificación de amenazas en laderas, quebradas y taludes de los barrios urbanos, y medidas municipales de prevención.',
    );
    await page.getByLabel('Descripción', { exact: true }).fill('## Objetivo\n\nReducir el riesgo de **deslizamientos** en barrios de ladera.');
    await page.getByLabel('Área de gestión').selectOption({ label: 'A08 · Medio ambiente y gestión de riesgos' });
    await page.getByLabel('Sub-área').selectOption({ label: 'A08.2 · Gestión de riesgos de desastres' });
    await page.getByLabel('Modalidad').selectOption({ label: 'Semipresencial' });
    await page.getByLabel('Carga horaria (horas)').fill('40');
    await page.getByRole('checkbox', { name: 'Meta 11.5' }).check();
    await page.getByLabel('Competencia', { exact: true }).selectOption({ label: 'A08.2.1 · Elabora mapas de riesgo y planes de contingencia' });
    await page.getByLabel('Nivel', { exact: true }).selectOption({ label: 'Intermedio' });
    await page.getByRole('button', { name: 'Añadir competencia' }).click();
    const granted = page.getByLabel('Nivel de A08.2.1 · Elabora mapas de riesgo y planes de contingencia');
    expect(await granted.inputValue()).toBe('2');

    await page.getByRole('button', { name: 'Crear curso' }).click();
    // The server's 409 names the code field; the form shows it there and keeps everything typed.
    await page.getByText('El código GRD-150 ya está registrado').waitFor();
    expect(await page.getByLabel('Código').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').first().waitFor();
    expect(await granted.inputValue()).toBe('2');
    await expectAccessible(page, 'nuevo curso con error');

    await page.getByLabel('Código').fill(code.toLowerCase()); // upper-cased on saving
    await page.getByRole('button', { name: 'Crear curso' }).click();
    await page.getByRole('heading', { level: 1, name: `${code} · ${title}` }).waitFor();
    await page.getByText(`Curso «${title}» creado como borrador.`).waitFor();
    courseUrl = new URL(page.url()).pathname;
    const status = page.getByRole('region', { name: 'Estado', exact: true });
    await status.getByText('Borrador', { exact: true }).waitFor();
    await expectAccessible(page, 'curso en borrador');
  });

  it('refuses to publish the course while it has no content, and nothing changes', async () => {
    const status = page.getByRole('region', { name: 'Estado', exact: true });
    await status.getByRole('button', { name: 'Publicar' }).click();
    const refusal = status.getByRole('alert');
    await refusal.getByText('El contenido no tiene módulos').waitFor();
    expect(await refusal.innerText()).toContain('complete su contenido');
    await expectAccessible(page, 'curso con publicación rechazada');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: `${code} · ${title}` }).waitFor();
    await page.getByRole('region', { name: 'Estado', exact: true }).getByText('Borrador', { exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Estado', exact: true }).getByText('Publicado', { exact: true }).count()).toBe(0);
  });

  it('builds the content: a module, a markdown page (rendered, HTML shown as text) and a quiz', async () => {
    await page.getByRole('link', { name: 'Editar el contenido' }).click();
    await page.getByRole('heading', { level: 1, name: `Contenido: ${title}` }).waitFor();
    await page.getByText('Este contenido no tiene módulos todavía.').waitFor();

    await page.getByLabel('Título del módulo').fill(moduleTitle);
    await page.getByLabel('Resumen del módulo').fill('Deslizamientos, mazamorras y hundimientos en los barrios de ladera.');
    await page.getByRole('button', { name: 'Añadir módulo' }).click();
    const moduleSection = page.getByRole('region', { name: `Módulo 1: ${moduleTitle}` });
    await moduleSection.waitFor();
    await moduleSection.getByText('Este módulo no tiene actividades todavía.').waitFor();

    // A reading page in markdown, with raw HTML that must stay text.
    await moduleSection.getByLabel('Tipo de actividad').selectOption({ label: '¶ Página' });
    await moduleSection.getByRole('button', { name: `Añadir actividad a ${moduleTitle}` }).click();
    await moduleSection.getByRole('heading', { name: 'Nueva actividad: Página' }).waitFor();
    await moduleSection.getByLabel('Título de la actividad').fill(pageTitle);
    await moduleSection.getByLabel('Duración estimada (minutos)').fill('15');
    await moduleSection
      .getByLabel('Contenido de la página')
      .fill('## Señales de alerta\n\n- Grietas en muros y terrenos\n- Postes inclinados\n\n<script>window.__campusXss = true</script>');
    await moduleSection.getByRole('button', { name: 'Añadir actividad', exact: true }).click();
    const activities = moduleSection.getByRole('list', { name: `Actividades de ${moduleTitle}` });
    await activities.getByRole('heading', { name: new RegExp(pageTitle) }).waitFor();

    await moduleSection.getByRole('button', { name: `Editar la actividad ${pageTitle}` }).click();
    const preview = page.getByRole('region', { name: 'Vista previa (lo guardado)' });
    await preview.getByRole('heading', { name: 'Señales de alerta' }).waitFor();
    expect((await preview.getByRole('listitem').allInnerTexts()).map((item) => item.trim())).toEqual(['Grietas en muros y terrenos', 'Postes inclinados']);
    await preview.getByText('<script>window.__campusXss = true</script>').waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __campusXss?: boolean }).__campusXss)).toBeUndefined();
    await moduleSection.getByRole('button', { name: `Editar la actividad ${pageTitle}` }).click(); // close it

    // A quiz: its question editor opens as soon as it is added.
    await moduleSection.getByLabel('Tipo de actividad').selectOption({ label: '✎ Cuestionario' });
    await moduleSection.getByRole('button', { name: `Añadir actividad a ${moduleTitle}` }).click();
    await moduleSection.getByLabel('Título de la actividad').fill(quizTitle);
    await moduleSection.getByLabel('Intentos permitidos').fill('2');
    await moduleSection.getByLabel('Indicaciones').fill('Responda las dos preguntas; aprueba con 70 puntos.');
    await moduleSection.getByRole('button', { name: 'Añadir actividad', exact: true }).click();
    const quiz = page.getByRole('form', { name: 'Preguntas (0)' });
    await quiz.getByText('El cuestionario no tiene preguntas todavía.').waitFor();
    await expectAccessible(page, 'contenido con cuestionario');
  });

  it('refuses a single-choice question with no correct option, beside the options, and saves nothing', async () => {
    let quiz = page.getByRole('form', { name: /^Preguntas \(/ });
    await quiz.getByRole('button', { name: 'Añadir pregunta' }).click();
    let first = quiz.getByRole('group', { name: 'Pregunta 1' });
    await first.getByLabel('Enunciado').fill('¿Qué norma boliviana regula la gestión de riesgos en los municipios?');
    await first.getByLabel('Opción 1', { exact: true }).fill(wrongOptions[0]);
    await first.getByLabel('Opción 2', { exact: true }).fill(rightOption);

    writes.length = 0;
    await quiz.getByRole('button', { name: 'Guardar preguntas' }).click();
    await quiz.getByRole('alert').getByText('Revise las preguntas marcadas: no se guardó nada.').waitFor();
    const options = first.getByRole('group', { name: 'Opciones (marque la correcta)' });
    await options.getByText('Marque la respuesta correcta.').waitFor();
    expect(await options.getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([]);
    await expectAccessible(page, 'cuestionario con error');

    // Nothing reached the server: after a reload the quiz still has no questions.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Contenido: ${title}` }).waitFor();
    await page.getByText('preguntas: 0 · intentos: 2 · aprobación: 70').waitFor();
    await page.getByRole('button', { name: `Editar la actividad ${quizTitle}` }).click();
    quiz = page.getByRole('form', { name: /^Preguntas \(/ });
    await page.getByRole('form', { name: 'Preguntas (0)' }).getByText('El cuestionario no tiene preguntas todavía.').waitFor();

    // Now correctly: a single choice with its right answer marked, and a true/false.
    await quiz.getByRole('button', { name: 'Añadir pregunta' }).click();
    first = quiz.getByRole('group', { name: 'Pregunta 1' });
    await first.getByLabel('Enunciado').fill('¿Qué norma boliviana regula la gestión de riesgos en los municipios?');
    await first.getByLabel('Opción 1', { exact: true }).fill(wrongOptions[0]);
    await first.getByLabel('Opción 2', { exact: true }).fill(rightOption);
    await first.getByRole('button', { name: 'Añadir opción' }).click();
    await first.getByLabel('Opción 3', { exact: true }).fill(wrongOptions[1]);
    await first.getByRole('radio', { name: /Correcta\s*\(Opción 2\)/ }).check();

    await quiz.getByRole('button', { name: 'Añadir pregunta' }).click();
    const second = quiz.getByRole('group', { name: 'Pregunta 2' });
    await second.getByLabel('Tipo de pregunta').selectOption({ label: 'Verdadero o falso' });
    await second.getByLabel('Enunciado').fill('Un talud sin vegetación es más estable que uno con cobertura vegetal.');
    await second.getByRole('group', { name: 'Respuesta correcta' }).getByRole('radio', { name: 'Falso' }).check();
    await quiz.getByRole('button', { name: 'Guardar preguntas' }).click();
    await page.getByText('Preguntas guardadas (2).').waitFor();
    await page.getByText('preguntas: 2 · intentos: 2 · aprobación: 70').waitFor();
  });

  it('reorders the activities of the module and keeps the order after a reload', async () => {
    const activities = page.getByRole('list', { name: `Actividades de ${moduleTitle}` });
    const titles = async () => (await activities.locator(':scope > li > div > h4').allInnerTexts()).map((t) => t.replace(/^Actividad \d+, [^:]+:\s*/, '').trim());
    expect(await titles()).toEqual([pageTitle, quizTitle]);

    await page.getByRole('button', { name: `Subir la actividad ${quizTitle}` }).click();
    await page.getByText(`Actividad «${quizTitle}» movida a la posición 1 de 2.`).waitFor();
    expect(await titles()).toEqual([quizTitle, pageTitle]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Contenido: ${title}` }).waitFor();
    await activities.waitFor();
    expect(await titles()).toEqual([quizTitle, pageTitle]);

    // Back to reading first, then the quiz.
    await page.getByRole('button', { name: `Bajar la actividad ${quizTitle}` }).click();
    await page.getByText(`Actividad «${quizTitle}» movida a la posición 2 de 2.`).waitFor();
    expect(await titles()).toEqual([pageTitle, quizTitle]);
  });

  it('moves the quiz to a second module, for the final evaluation', async () => {
    await page.getByLabel('Título del módulo').fill(closingModuleTitle);
    await page.getByRole('button', { name: 'Añadir módulo' }).click();
    const closing = page.getByRole('region', { name: `Módulo 2: ${closingModuleTitle}` });
    await closing.getByText('Este módulo no tiene actividades todavía.').waitFor();

    const first = page.getByRole('region', { name: `Módulo 1: ${moduleTitle}` });
    const quizItem = first.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(quizTitle) }) });
    await quizItem.getByRole('button', { name: `Editar la actividad ${quizTitle}` }).click();
    await quizItem.getByLabel('Mover a otro módulo').selectOption({ label: `Módulo 2: ${closingModuleTitle}` });
    await quizItem.getByRole('button', { name: 'Mover', exact: true }).click();
    await page.getByText(`«${quizTitle}» pasó al final de Módulo 2: ${closingModuleTitle}.`).waitFor();
    await closing.getByRole('heading', { name: new RegExp(quizTitle) }).waitFor();
    await page.reload();
    await page.getByRole('region', { name: `Módulo 2: ${closingModuleTitle}` }).getByRole('heading', { name: new RegExp(quizTitle) }).waitFor();
    expect(await page.getByRole('region', { name: `Módulo 1: ${moduleTitle}` }).getByRole('heading', { name: new RegExp(quizTitle) }).count()).toBe(0);
    await expectAccessible(page, 'contenido con dos módulos');
  });

  it('publishes the course', async () => {
    await page.getByRole('link', { name: `Volver al curso ${code}` }).click();
    await page.getByRole('heading', { level: 1, name: `${code} · ${title}` }).waitFor();
    const status = page.getByRole('region', { name: 'Estado', exact: true });
    await status.getByRole('button', { name: 'Publicar' }).click();
    await status.getByText('Curso publicado.').waitFor();
    await status.getByText('Publicado', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('region', { name: 'Estado', exact: true }).getByText('Publicado', { exact: true }).waitFor();
    await expectAccessible(page, 'curso publicado');
  });

  it('schedules a cohort, refusing an end date before the start without sending anything', async () => {
    await page.getByRole('link', { name: 'Programar cohorte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programar una cohorte' }).waitFor();
    await page.getByText(`Curso: ${code} ${title}`).waitFor();
    await page.getByLabel('Gestión', { exact: true }).fill(startsOn.slice(0, 4));
    await page.getByLabel('Fecha de inicio').fill(startsOn);
    await page.getByLabel('Fecha de término').fill(addDays(startsOn, -1));
    await page.getByLabel('Apertura de inscripciones').fill(opensOn);
    await page.getByLabel('Cierre de inscripciones').fill(closesOn);
    await page.getByLabel('Cupo (plazas)').fill('25');
    await page.getByLabel('Lugar').fill(venue);
    await page.getByRole('checkbox', { name: facilitator }).check();

    writes.length = 0;
    await page.getByRole('button', { name: 'Programar cohorte' }).click();
    await page.getByText('La fecha de término debe ser igual o posterior a la de inicio.').waitFor();
    await page.getByRole('alert').getByText('Revise los campos marcados.').waitFor();
    expect(await page.getByLabel('Fecha de término').getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([]);
    await expectAccessible(page, 'programar cohorte con error');

    await page.getByLabel('Fecha de término').fill(endsOn);
    await page.getByRole('button', { name: 'Programar cohorte' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} — ${label}` }).waitFor();
    await page.getByText(`Cohorte ${label} programada. Agregue sus sesiones.`).waitFor();
    await page.getByRole('table', { name: `Sesiones de la cohorte ${label} (0)` }).waitFor();
    await page.getByRole('link', { name: 'Abrir el calendario (.ics)' }).waitFor();
    await expectAccessible(page, 'cohorte nueva');
  });

  it('adds a session and a weekly series to the cohort and lists them', async () => {
    const single = page.getByRole('region', { name: 'Agregar una sesión' });
    await single.getByLabel('Fecha', { exact: true }).fill(startsOn);
    await single.getByLabel('Hora de inicio').fill('09:00');
    await single.getByLabel('Hora de término').fill('12:00');
    await single.getByLabel('Título').fill(firstSession);
    await single.getByRole('button', { name: 'Agregar sesión' }).click();
    // A double-booking warning may come with it (demo cohorts share the facilitator): allowed.
    await page.getByText('Sesión agregada.', { exact: false }).waitFor();
    await page.getByRole('table', { name: `Sesiones de la cohorte ${label} (1)` }).waitFor();

    const series = page.getByRole('region', { name: 'Agregar una serie semanal' });
    await series.getByLabel('Desde').fill(seriesFrom);
    await series.getByLabel('Hasta (inclusive)').fill(seriesTo);
    await series.getByRole('checkbox', { name: await weekdayName(page, seriesFrom), exact: true }).check();
    await series.getByLabel('Hora de inicio').fill('09:00');
    await series.getByLabel('Hora de término').fill('12:00');
    await series.getByLabel('Título de cada sesión').fill(seriesTitle);
    await series.getByRole('button', { name: 'Agregar serie' }).click();
    await page.getByText('Se agregaron 2 sesiones.', { exact: false }).waitFor();

    const table = page.getByRole('table', { name: `Sesiones de la cohorte ${label} (3)` });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const texts = await rows.allInnerTexts();
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain(await formatDate(page, startsOn));
    expect(texts[0]).toContain(firstSession);
    expect(texts[0]).toContain('09:00 a 12:00');
    expect(texts[1]).toContain(await formatDate(page, seriesFrom));
    expect(texts[1]).toContain(seriesTitle);
    expect(texts[2]).toContain(await formatDate(page, seriesTo));
    expect(texts[2]).toContain(venue);
    await expectAccessible(page, 'cohorte con sesiones');

    // The course page lists the cohort with its window open today.
    await page.goto(courseUrl);
    const cohorts = page.getByRole('table', { name: 'Cohortes del curso' });
    const row = cohorts.getByRole('row', { name: new RegExp(label) });
    await row.getByText('Inscripción abierta').waitFor();
    expect(await row.innerText()).toContain(facilitator);
  });

  it('lets a participant find the course by typing «gestion de riesgo» without accents, with no quiz answers', async () => {
    const context = await newContext(browser);
    const participant = await context.newPage();
    await loginThroughUi(participant, 'participante@demo.egm.bo');
    await nav(participant).getByRole('link', { name: 'Catálogo', exact: true }).click();
    await participant.getByRole('heading', { level: 1, name: 'Catálogo de cursos' }).waitFor();

    const search = participant.getByRole('searchbox', { name: 'Buscar cursos' });
    const searched = participant.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/catalogue/courses' && new URL(response.url()).searchParams.get('q') === 'gestion de riesgo',
    );
    await search.fill('gestion de riesgo');
    await search.press('Enter');
    await participant.waitForURL(/buscar=gestion/);
    const found = (await (await searched).json()) as { total: number; items: { title: string }[] };
    const titles = found.items.map((item) => item.title);
    expect(titles).toContain(title);
    expect(titles).toContain('Gestión de Riesgos de Desastres');
    // The cards on screen are those of this search (not the list shown before it).
    await participant.waitForFunction(
      (expected) =>
        JSON.stringify([...document.querySelectorAll('ul[aria-label="Resultados"] > li h2 a')].map((a) => a.textContent?.trim())) ===
        JSON.stringify(expected),
      titles,
    );
    await participant.getByRole('status').getByText(found.total === 1 ? '1 curso encontrado' : `${found.total} cursos encontrados`).waitFor();
    const results = participant.getByRole('list', { name: 'Resultados' });
    await results.getByRole('link', { name: title, exact: true }).waitFor();
    await results.getByRole('link', { name: 'Gestión de Riesgos de Desastres', exact: true }).waitFor();
    await expectAccessible(participant, 'catálogo con búsqueda');

    const detail = participant.waitForResponse((response) => /\/api\/catalogue\/courses\/[0-9a-f-]{36}$/.test(new URL(response.url()).pathname));
    await results.getByRole('link', { name: title, exact: true }).click();
    await participant.getByRole('heading', { level: 1, name: title }).waitFor();
    // What the API sent has the outline only: no questions, options or right answers, no page text.
    const body = await (await detail).text();
    for (const secret of [rightOption, ...wrongOptions, 'Un talud sin vegetación', '¿Qué norma boliviana', 'Grietas en muros']) {
      expect(body).not.toContain(secret);
    }
    expect(body).not.toMatch(/"correct"|acceptedAnswers|"options"/);

    const outline = participant.getByRole('region', { name: 'Contenido', exact: true });
    await outline.getByRole('heading', { name: `Módulo 1: ${moduleTitle}` }).waitFor();
    await outline.getByRole('heading', { name: `Módulo 2: ${closingModuleTitle}` }).waitFor();
    const items = (await outline.getByRole('listitem').allInnerTexts()).map((item) => item.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([`Lectura: ${pageTitle} (obligatoria · 15 min)`, `Cuestionario: ${quizTitle} (obligatoria · 2 preguntas)`]);

    const cohorts = participant.getByRole('region', { name: 'Cohortes abiertas y próximas' });
    const cohort = cohorts.getByRole('region', { name: new RegExp(`^Cohorte ${label}`) });
    await cohort.getByText(`Inscripciones abiertas hasta el ${await formatDate(participant, closesOn)}`).first().waitFor();
    await cohort.getByText(`Del ${await formatDate(participant, startsOn)} al ${await formatDate(participant, endsOn)}`).waitFor();
    await cohort.getByText(facilitator).waitFor();
    const sessions = cohort.getByRole('table', { name: `Sesiones de la cohorte ${label}` });
    expect(await sessions.locator('tbody tr').count()).toBe(3);
    await sessions.getByRole('cell', { name: firstSession }).waitFor();

    const ics = cohort.getByRole('link', { name: `Agregar a mi calendario (.ics) de la cohorte ${label}` });
    const href = await ics.getAttribute('href');
    expect(href).toBeTruthy();
    const feed = await participant.request.get(href as string);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    // Long lines are folded (RFC 5545 §3.1): unfold before reading.
    const calendar = (await feed.text()).replace(/\r?\n[ \t]/g, '');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(calendar).toContain(firstSession);

    const text = await participant.locator('main').innerText();
    for (const option of [rightOption, ...wrongOptions]) expect(text).not.toContain(option);
    await expectAccessible(participant, 'curso del catálogo');
    await context.close();
  });

  it('shows the cohort’s sessions in the facilitator’s calendar, in their month', async () => {
    const context = await newContext(browser);
    const person = await context.newPage();
    await loginThroughUi(person, 'facilitador@demo.egm.bo');
    await nav(person).getByRole('link', { name: 'Calendario', exact: true }).click();
    await person.getByRole('heading', { level: 1, name: 'Calendario' }).waitFor();

    const month = person.locator('#calendar-month');
    const target = await monthLabel(person, startsOn);
    const steps = (Number(startsOn.slice(0, 4)) - Number(today.slice(0, 4))) * 12 + Number(startsOn.slice(5, 7)) - Number(today.slice(5, 7));
    for (let step = 0; step < steps; step += 1) {
      await person.getByRole('button', { name: /Mes siguiente/ }).click();
    }
    await person.getByRole('heading', { level: 2, name: target }).waitFor();
    expect((await month.innerText()).trim()).toBe(target);

    // The month grid: the session's day lists it, linking to its cohort.
    const grid = person.getByRole('table', { name: `Sesiones de ${target} por día` });
    const day = grid.getByRole('cell', { name: new RegExp(`^${await longDate(person, startsOn)}, \\d+ sesi`) });
    await day.getByRole('link', { name: new RegExp(`^09:00 ${code} · ${firstSession}\\s*, ${title}, ${label}`) }).waitFor();
    await expectAccessible(person, 'calendario del facilitador (mes)');

    // The list view: the same session in a table row.
    await person.getByRole('button', { name: 'Lista', exact: true }).click();
    const list = person.getByRole('table', { name: new RegExp(`^Sesiones de ${target} \\(`) });
    const row = list.getByRole('row', { name: new RegExp(firstSession) });
    await row.waitFor();
    const cells = await row.innerText();
    expect(cells).toContain(`${code} ${title}`);
    expect(cells).toContain(label);
    expect(cells).toContain('09:00 a 12:00');
    expect(cells).toContain(facilitator);
    await expectAccessible(person, 'calendario del facilitador (lista)');
    await context.close();
  });
});
