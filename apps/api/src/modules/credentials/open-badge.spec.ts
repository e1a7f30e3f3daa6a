import type { CertificateSnapshot } from '@campus/domain';
import { offlineDocumentLoader } from './document-loader';
import { buildOpenBadgeCredential, credentialUrls, issuerProfile, multikeyDocument, STATUS_LIST_MIN_LENGTH, statusListLength } from './open-badge';
import type { CredentialSource } from './open-badge';
import { vcStack } from './vc-stack';
import type { JsonLdObject } from './vc-stack';

const urls = credentialUrls('https://campus.egm.bo');

const snapshot: CertificateSnapshot = {
  holder: { fullName: 'María Quispe Mamani', nationalId: '4821206-1B LP', municipality: 'La Paz', nationalIdNumber: '4821206' },
  course: { code: 'GR-101', title: 'Gestión de riesgos municipales', area: 'Gestión de riesgos', modality: 'blended' },
  cohort: { label: '2026 · V1 · A', startsOn: '2026-03-02', endsOn: '2026-04-10' },
  hours: 40,
  finalScore: 86,
  attendanceRate: 92.5,
  competencies: [{ code: 'A08.2', name: 'Gestión de riesgos', level: 2 }],
  signatories: [{ name: 'Ana Pérez', position: 'Directora' }],
  issuer: { name: 'Escuela de Gestores Municipales', unit: 'GAMLP' },
};

const source = (overrides: Partial<CredentialSource> = {}): CredentialSource => ({
  serial: 'EGM-2026-000042',
  verificationCode: '7KQ2M9XD4HTC',
  kind: 'approval',
  courseId: '0b6f0c38-4c1e-4d0e-9a51-3f3b4b8e2a10',
  issuedAt: new Date('2026-04-15T14:05:09.123Z'),
  statusIndex: 41,
  snapshot,
  ...overrides,
});

const internship = source({
  kind: 'internship',
  courseId: null,
  snapshot: { ...snapshot, course: null, cohort: null, finalScore: null, attendanceRate: null, internship: { call: 'Pasantías 2026-I', hostUnit: 'Dirección de Catastro', startsOn: '2026-02-01', endsOn: '2026-05-31' } },
});

describe('the OpenBadgeCredential of a certificate', () => {
  let contexts: Awaited<ReturnType<typeof vcStack>>['urls'];
  beforeAll(async () => {
    contexts = (await vcStack()).urls;
  });

  it('is an OpenBadgeCredential of the campus issuer, identified by the public verification record, with its revocation entry', () => {
    const credential = buildOpenBadgeCredential(source(), urls, contexts);
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'https://campus.egm.bo/api/public/certificates/7KQ2M9XD4HTC',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://campus.egm.bo/api/public/issuer', type: ['Profile'], name: 'Escuela de Gestores Municipales — GAMLP' },
      validFrom: '2026-04-15T14:05:09Z',
      credentialStatus: {
        id: 'https://campus.egm.bo/api/public/status/revocation#41',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '41',
        statusListCredential: 'https://campus.egm.bo/api/public/status/revocation',
      },
    });
  });

  it('names the holder as the certificate does, with the course as the achievement, its dates and results', () => {
    const subject = buildOpenBadgeCredential(source(), urls, contexts)['credentialSubject'] as JsonLdObject;
    expect(subject).toMatchObject({
      type: ['AchievementSubject'],
      name: 'María Quispe Mamani',
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'María Quispe Mamani' }],
      activityStartDate: '2026-03-02T00:00:00-04:00',
      activityEndDate: '2026-04-10T00:00:00-04:00',
      achievement: {
        type: ['Achievement'], achievementType: 'Certificate', name: 'Gestión de riesgos municipales', humanCode: 'GR-101', fieldOfStudy: 'Gestión de riesgos',
        criteria: { narrative: expect.stringContaining('Aprobó el curso «Gestión de riesgos municipales» (40 horas académicas)') },
      },
    });
    const achievement = subject['achievement'] as { id: string; resultDescription: { id: string; name: string }[] };
    expect(achievement.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    const [score, attendance] = achievement.resultDescription;
    expect(subject['result']).toEqual([
      { type: ['Result'], resultDescription: score.id, value: '86' },
      { type: ['Result'], resultDescription: attendance.id, value: '92.5' },
    ]);
  });

  it('carries no national ID, not even the masked one', () => {
    const text = JSON.stringify(buildOpenBadgeCredential(source(), urls, contexts));
    expect(text).not.toContain('4821206');
    expect(text).not.toContain('206-1B');
  });

  it('gives the same achievement id to every holder of the same course and kind, and another to the other kind', () => {
    const achievementId = (s: CredentialSource) => ((buildOpenBadgeCredential(s, urls, contexts)['credentialSubject'] as JsonLdObject)['achievement'] as JsonLdObject)['id'];
    const other = source({ verificationCode: 'ABCDEFGHJKMN', snapshot: { ...snapshot, holder: { ...snapshot.holder, fullName: 'Juan Condori' } } });
    expect(achievementId(other)).toBe(achievementId(source()));
    expect(achievementId(source({ kind: 'participation' }))).not.toBe(achievementId(source()));
  });

  it('describes a participation without a score, and an internship by its call and host unit', () => {
    const participation = (buildOpenBadgeCredential(source({ kind: 'participation' }), urls, contexts)['credentialSubject'] as JsonLdObject);
    expect(participation['achievement']).toMatchObject({ achievementType: 'CertificateOfCompletion', criteria: { narrative: expect.stringMatching(/^Participó en el curso/) } });
    expect((participation['result'] as JsonLdObject[]).map((r) => r['value'])).toEqual(['92.5']);

    const subject = buildOpenBadgeCredential(internship, urls, contexts)['credentialSubject'] as JsonLdObject;
    expect(subject).toMatchObject({
      activityStartDate: '2026-02-01T00:00:00-04:00',
      achievement: { achievementType: 'Fieldwork', name: 'Pasantías 2026-I', criteria: { narrative: expect.stringContaining('Dirección de Catastro') } },
    });
    expect(subject['result']).toBeUndefined();
  });

  it('signs every kind with eddsa-rdfc-2022: every term is defined by the bundled contexts (safe mode)', async () => {
    const stack = await vcStack();
    const key = await stack.Ed25519Multikey.generate({ id: urls.key(1), controller: urls.issuer });
    const published = { number: 1, publicKeyMultibase: key.publicKeyMultibase };
    const loader = offlineDocumentLoader(stack.contexts, new Map([[urls.issuer, issuerProfile(urls, [published], stack.urls)]]));
    for (const kind of ['approval', 'participation'] as const) {
      const suite = new stack.DataIntegrityProof({ signer: key.signer(), cryptosuite: stack.cryptosuite });
      const signed = await stack.vc.issue({ credential: buildOpenBadgeCredential(source({ kind }), urls, stack.urls), suite, documentLoader: loader });
      expect(signed['proof']).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: urls.key(1), proofPurpose: 'assertionMethod' });
    }
    const suite = new stack.DataIntegrityProof({ signer: key.signer(), cryptosuite: stack.cryptosuite });
    await expect(stack.vc.issue({ credential: buildOpenBadgeCredential(internship, urls, stack.urls), suite, documentLoader: loader })).resolves.toHaveProperty('proof');
    // An undefined term is refused, not silently dropped from what is signed.
    const stray = { ...buildOpenBadgeCredential(source(), urls, stack.urls), carnet: '4821206' };
    const strict = new stack.DataIntegrityProof({ signer: key.signer(), cryptosuite: stack.cryptosuite });
    await expect(stack.vc.issue({ credential: stray, suite: strict, documentLoader: loader })).rejects.toThrow();
  });
});

describe('the offline document loader', () => {
  it('serves bundled contexts and the given documents, resolves key fragments, and refuses anything else', async () => {
    const stack = await vcStack();
    const key = { number: 3, publicKeyMultibase: 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' };
    const loader = offlineDocumentLoader(stack.contexts, new Map([[urls.issuer, issuerProfile(urls, [key], stack.urls)]]));
    await expect(loader('https://www.w3.org/ns/credentials/v2')).resolves.toMatchObject({ documentUrl: 'https://www.w3.org/ns/credentials/v2' });
    await expect(loader('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json')).resolves.toHaveProperty('document');
    const { document } = await loader(urls.key(3));
    expect(document).toMatchObject({ ...multikeyDocument(urls, key), '@context': expect.arrayContaining(['https://w3id.org/security/multikey/v1']) });
    await expect(loader(`${urls.issuer}#key-4`)).rejects.toThrow(/desconocido/);
    await expect(loader('https://example.com/context.json')).rejects.toThrow(/no se descarga nada de la red/);
    await expect(loader('did:web:example.com')).rejects.toThrow();
  });
});

describe('the size of the status list', () => {
  it('is at least 131,072 entries and grows in whole blocks', () => {
    expect(statusListLength(null)).toBe(STATUS_LIST_MIN_LENGTH);
    expect(statusListLength(0)).toBe(STATUS_LIST_MIN_LENGTH);
    expect(statusListLength(STATUS_LIST_MIN_LENGTH - 1)).toBe(STATUS_LIST_MIN_LENGTH);
    expect(statusListLength(STATUS_LIST_MIN_LENGTH)).toBe(2 * STATUS_LIST_MIN_LENGTH);
  });
});
