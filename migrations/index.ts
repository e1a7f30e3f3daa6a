import { Foundation1764064800000 } from './1764064800000-foundation';
import { AccountActivation1764151200000 } from './1764151200000-account-activation';

/** Every migration, in order. A new migration is added here as well as written. */
export const MIGRATIONS = [Foundation1764064800000, AccountActivation1764151200000];
