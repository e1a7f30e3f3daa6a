import catalogue from './en/catalogue.json';
import cohorts from './en/cohorts.json';
import competencies from './en/competencies.json';
import courses from './en/courses.json';
import enrolments from './en/enrolments.json';
import learning from './en/learning.json';
import teaching from './en/teaching.json';
import certificates from './en/certificates.json';
import audit from './en/audit.json';
import credentials from './en/credentials.json';
import certificateFiles from './en/certificateFiles.json';
import internships from './en/internships.json';
import reports from './en/reports.json';

/** The feature texts in English, loaded on demand by `loadFeatureTexts`. */
export const enFeatures = { ...competencies, ...courses, ...cohorts, ...catalogue, ...enrolments, ...learning, ...teaching, ...certificates, ...audit, ...certificateFiles, ...credentials, ...internships, ...reports };
