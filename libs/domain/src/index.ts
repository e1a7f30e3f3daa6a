export * from './lib/roles';
export * from './lib/people';
export * from './lib/csv-import';
