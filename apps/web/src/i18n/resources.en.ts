import core from './en.json';
import catalogue from './en/catalogue.json';
import cohorts from './en/cohorts.json';
import competencies from './en/competencies.json';
import courses from './en/courses.json';

/** English texts, loaded only when chosen: the same keys as resources.es.ts. */
export const en = { ...core, ...competencies, ...courses, ...cohorts, ...catalogue };
