import { shouldSeedDemo, validateEnvironment } from './environment';

describe('environment', () => {
  it('applies defaults in development', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.EMBEDDED_PG_PORT).toBe(54329);
    expect(shouldSeedDemo(env)).toBe(true);
  });

  it('refuses production without a real secret or database, naming each variable', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET[\s\S]*DATABASE_URL/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'short', DATABASE_URL: 'postgres://x' })).toThrow(
      /JWT_SECRET debe tener al menos 32/,
    );
  });

  it('rejects a bad port with the variable name', () => {
    expect(() => validateEnvironment({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('never seeds in production, and seeds an external database only when asked', () => {
    const secret = 'x'.repeat(40);
    expect(shouldSeedDemo(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: secret, DATABASE_URL: 'postgres://x', SEED_DEMO: 'true' }))).toBe(false);
    expect(shouldSeedDemo(validateEnvironment({ DATABASE_URL: 'postgres://x' }))).toBe(false);
    expect(shouldSeedDemo(validateEnvironment({ DATABASE_URL: 'postgres://x', SEED_DEMO: 'true' }))).toBe(true);
    expect(shouldSeedDemo(validateEnvironment({ SEED_DEMO: 'false' }))).toBe(false);
  });

  it('accepts certificate signatories as «Nombre|Cargo;…» and refuses anything else, naming the variable', () => {
    expect(validateEnvironment({ CERTIFICATE_SIGNATORIES: 'Ana Quispe|Directora de la EGM;Luis Mamani|Coordinador académico' }).CERTIFICATE_SIGNATORIES).toContain('Ana');
    expect(() => validateEnvironment({ CERTIFICATE_SIGNATORIES: 'Ana Quispe' })).toThrow(/CERTIFICATE_SIGNATORIES/);
    expect(() => validateEnvironment({ CERTIFICATE_SIGNATORIES: 'Ana|' })).toThrow(/CERTIFICATE_SIGNATORIES/);
    expect(() => validateEnvironment({ CERTIFICATE_SIGNATORIES: 'A|B;C|D;E|F;G|H;I|J' })).toThrow(/CERTIFICATE_SIGNATORIES/);
  });

  it('accepts an Ed25519 secret key for the credentials and refuses anything else without repeating it', () => {
    const key = 'z3u2RhErZEGEPQoX72wwNiAQiFxJjUEx7pmQ6djbr6Lbzgyt';
    expect(validateEnvironment({ ISSUER_SECRET_KEY_MULTIBASE: key }).ISSUER_SECRET_KEY_MULTIBASE).toBe(key);
    for (const bad of ['z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', 'secreto-incorrecto']) {
      expect(() => validateEnvironment({ ISSUER_SECRET_KEY_MULTIBASE: bad })).toThrow(/ISSUER_SECRET_KEY_MULTIBASE/);
      expect(() => validateEnvironment({ ISSUER_SECRET_KEY_MULTIBASE: bad })).not.toThrow(bad);
    }
  });
});
