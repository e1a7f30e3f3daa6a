import { plainToInstance, Transform } from 'class-transformer';
import { IsBooleanString, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { ed25519SeedFromMultibase } from '../common/security/ed25519-multibase';

/** Secret used outside production when JWT_SECRET is not set. Production refuses it. */
export const DEVELOPMENT_JWT_SECRET = 'campus-egm-development-secret-do-not-use-in-production';

/** One to four `Nombre|Cargo`, separated by `;`, each part non-empty and without `|` or `;`. */
export const CERTIFICATE_SIGNATORIES_PATTERN = /^\s*[^|;]*\S[^|;]*\|[^|;]*\S[^|;]*(;\s*[^|;]*\S[^|;]*\|[^|;]*\S[^|;]*){0,3};?\s*$/;

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Every environment variable the API reads, validated once at start-up. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsOptional() @IsString()
  DATABASE_URL?: string;

  @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsString()
  EMBEDDED_PG_DIR = '.data/pg';

  @IsOptional() @IsBooleanString()
  SEED_DEMO?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET debe tener al menos 32 caracteres' })
  JWT_SECRET?: string;

  @Transform(toInt) @IsInt() @Min(60) @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt) @IsInt() @Min(1) @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  @Transform(toInt) @IsInt() @Min(1) @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt) @IsInt() @Min(1) @Max(1440)
  LOGIN_LOCK_MINUTES = 15;

  /** Login attempts allowed per client address per minute. */
  @Transform(toInt) @IsInt() @Min(1) @Max(100000)
  LOGIN_RATE_LIMIT = 10;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Directory of the built SPA, served at `/`. */
  @IsString()
  WEB_DIST = 'dist/web';

  @IsOptional() @IsIn(['true', 'false'])
  COOKIE_SECURE?: string;

  /**
   * Express `trust proxy` behind a load balancer (e.g. `1` for one hop, or `loopback, 10.0.0.0/8`),
   * so rate limiting and the audit log see the client's address. Unset: trust no proxy.
   */
  @IsOptional() @IsString()
  TRUST_PROXY?: string;

  /** Directory of uploaded and generated files (local storage driver). */
  @IsString()
  STORAGE_DIR = '.data/files';

  /** Public address of the campus, for links people receive (e.g. https://campus.egm.bo). */
  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL debe ser una dirección http(s)://…' })
  PUBLIC_URL?: string;

  /**
   * SMTP server for the email notifications (e.g. `smtp://user:pass@host:587`, `smtps://…:465`).
   * Unset: emails stay in the local outbox (admins see them at /admin/correos).
   */
  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL debe ser una dirección smtp://… o smtps://…' })
  SMTP_URL?: string;

  /**
   * Who signs the certificates: `Nombre|Cargo;Nombre|Cargo` (one to four). Unset: the EGM's
   * director and its academic coordinator.
   */
  @IsOptional() @Matches(CERTIFICATE_SIGNATORIES_PATTERN, {
    message: 'CERTIFICATE_SIGNATORIES debe ser «Nombre|Cargo» separados por «;» (de uno a cuatro firmantes)',
  })
  CERTIFICATE_SIGNATORIES?: string;

  /** Sender of the email notifications. */
  @IsString() @MinLength(3)
  MAIL_FROM = 'Campus EGM <no-responder@egm.lapaz.bo>';

  /**
   * Ed25519 secret key (Multikey `secretKeyMultibase`, `z3u2…`) that signs the Open Badges
   * credentials. Unset: a key is generated once and kept in the database (signing_keys).
   */
  @IsOptional() @IsString()
  ISSUER_SECRET_KEY_MULTIBASE?: string;
}

export type Environment = EnvironmentVariables;

/**
 * Validates the environment; throws one error listing every bad variable, so the app refuses to
 * start with a clear message instead of failing later.
 */
export const validateEnvironment = (raw: Record<string, unknown>): EnvironmentVariables => {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (env.NODE_ENV === 'production') {
    if (!env.JWT_SECRET || env.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
      problems.push('JWT_SECRET: en producción se requiere un secreto propio de al menos 32 caracteres');
    }
    if (!env.DATABASE_URL) problems.push('DATABASE_URL: en producción se requiere una base de datos PostgreSQL');
  }
  if (env.ISSUER_SECRET_KEY_MULTIBASE && !ed25519SeedFromMultibase(env.ISSUER_SECRET_KEY_MULTIBASE)) {
    // The value itself is a secret: never repeated in the message.
    problems.push('ISSUER_SECRET_KEY_MULTIBASE: debe ser una clave secreta Ed25519 en formato multibase (secretKeyMultibase, z3u2…)');
  }
  if (env.SMTP_URL && !env.PUBLIC_URL) {
    problems.push('PUBLIC_URL: se requiere cuando SMTP_URL está definida, para que los enlaces de los correos apunten al campus');
  }
  if (problems.length > 0) {
    throw new Error(`Configuración no válida:\n  - ${problems.join('\n  - ')}`);
  }
  return env;
};

/** Demo data: never in production; with an external database only when asked; otherwise by default. */
export const shouldSeedDemo = (env: EnvironmentVariables): boolean => {
  if (env.NODE_ENV === 'production') return false;
  if (env.DATABASE_URL) return env.SEED_DEMO === 'true';
  return env.SEED_DEMO !== 'false';
};
