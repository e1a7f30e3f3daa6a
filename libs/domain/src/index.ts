export * from './lib/roles';
export * from './lib/people';
export * from './lib/csv-import';
export * from './lib/catalogue';
