import core from './es.json';
import catalogue from './es/catalogue.json';
import cohorts from './es/cohorts.json';
import competencies from './es/competencies.json';
import courses from './es/courses.json';

/** Spanish texts: the core file plus one file per feature (each holds one top-level key). */
export const es = { ...core, ...competencies, ...courses, ...cohorts, ...catalogue };
