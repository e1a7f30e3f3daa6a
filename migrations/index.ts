import { Foundation1764064800000 } from './1764064800000-foundation';

/** Every migration, in order. A new migration is added here as well as written. */
export const MIGRATIONS = [Foundation1764064800000];
