import catalogue from './es/catalogue.json';
import cohorts from './es/cohorts.json';
import competencies from './es/competencies.json';
import courses from './es/courses.json';
import enrolments from './es/enrolments.json';
import learning from './es/learning.json';
import teaching from './es/teaching.json';
import certificates from './es/certificates.json';
import audit from './es/audit.json';
import credentials from './es/credentials.json';
import certificateFiles from './es/certificateFiles.json';
import internships from './es/internships.json';
import reports from './es/reports.json';

/** The feature texts in Spanish, loaded on demand by `loadFeatureTexts`. */
export const esFeatures = { ...competencies, ...courses, ...cohorts, ...catalogue, ...enrolments, ...learning, ...teaching, ...certificates, ...audit, ...certificateFiles, ...credentials, ...internships, ...reports };
