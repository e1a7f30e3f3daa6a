export * from './lib/roles';
export * from './lib/people';
export * from './lib/csv-import';
export * from './lib/catalogue';
export * from './lib/cohorts';
export * from './lib/course-content';
export * from './lib/catalogue-search';
export * from './lib/competency-framework';
