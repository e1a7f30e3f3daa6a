import { registerAs } from '@nestjs/config';
import type { ConfigType } from '@nestjs/config';
import { DEVELOPMENT_JWT_SECRET, validateEnvironment } from './environment';

const env = () => validateEnvironment(process.env);

export const appConfig = registerAs('app', () => {
  const e = env();
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    publicUrl: e.PUBLIC_URL ?? null,
    storageDir: e.STORAGE_DIR,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
  };
});

export const authConfig = registerAs('auth', () => {
  const e = env();
  return {
    jwtSecret: e.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : e.NODE_ENV === 'production',
  };
});

/** Open Badges credentials: the issuer's signing key from the environment, if any (a secret: never logged). */
export const credentialsConfig = registerAs('credentials', () => ({
  issuerSecretKeyMultibase: env().ISSUER_SECRET_KEY_MULTIBASE ?? null,
}));

export type AppConfig = ConfigType<typeof appConfig>;
export type AuthConfig = ConfigType<typeof authConfig>;
export type CredentialsConfig = ConfigType<typeof credentialsConfig>;
