import type core from './es.json';
import type catalogue from './es/catalogue.json';
import type cohorts from './es/cohorts.json';
import type competencies from './es/competencies.json';
import type courses from './es/courses.json';
import type enrolments from './es/enrolments.json';
import type learning from './es/learning.json';
import type teaching from './es/teaching.json';
import type certificates from './es/certificates.json';
import type audit from './es/audit.json';
import type credentials from './es/credentials.json';
import type internships from './es/internships.json';
import type reports from './es/reports.json';
import type certificateFiles from './es/certificateFiles.json';

/**
 * Every Spanish text the SPA may show (the type i18next checks keys against): the core file, which
 * ships in the main bundle, plus one file per feature (each holds one top-level key), which
 * arrives with the first page that needs it (see `loadFeatureTexts`).
 */
export type Resources = typeof core & typeof competencies & typeof courses & typeof cohorts & typeof catalogue & typeof teaching & typeof enrolments & typeof learning & typeof certificates & typeof audit & typeof certificateFiles & typeof credentials & typeof internships & typeof reports;
