import catalogue from './es/catalogue.json';
import cohorts from './es/cohorts.json';
import competencies from './es/competencies.json';
import courses from './es/courses.json';

/** The feature texts in Spanish, loaded on demand by `loadFeatureTexts`. */
export const esFeatures = { ...competencies, ...courses, ...cohorts, ...catalogue };
