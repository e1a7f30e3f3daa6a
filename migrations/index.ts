import { Foundation1764064800000 } from './1764064800000-foundation';
import { AccountActivation1764151200000 } from './1764151200000-account-activation';
import { Catalogue1764237600000 } from './1764237600000-catalogue';
import { Learning1764324000000 } from './1764324000000-learning';
import { Certificates1764410400000 } from './1764410400000-certificates';
import { BackgroundJobs1764410500000 } from './1764410500000-background-jobs';
import { SigningKeys1764410700000 } from './1764410700000-signing-keys';
import { AuditLogSearch1764410800000 } from './1764410800000-audit-log-search';
import { Internships1764496800000 } from './1764496800000-internships';
import { Reports1764583200000 } from './1764583200000-reports';

/** Every migration, in order. A new migration is added here as well as written. */
export const MIGRATIONS = [Foundation1764064800000, AccountActivation1764151200000, Catalogue1764237600000, Learning1764324000000, Certificates1764410400000, BackgroundJobs1764410500000, SigningKeys1764410700000, AuditLogSearch1764410800000, Internships1764496800000, Reports1764583200000];
