import type { CertificateSnapshot } from '@campus/domain';
import { readPdf } from '../support/pdf';
import { certificatePdfName, certificateVerifyUrl, renderCertificatePdf, spanishDateRange, spanishLongDate } from '../../apps/api/src/modules/certificates/certificate-pdf';
import type { PrintableCertificate } from '../../apps/api/src/modules/certificates/certificate-pdf';

const VERIFY_URL = 'https://campus.egm.example/verificar/7KQ2M9XD4HTC';

const snapshot = (): CertificateSnapshot => ({
  holder: { fullName: 'María Ñusta Quispe Güemes', nationalId: '4876206-1B LP', municipality: 'El Alto' },
  course: { code: 'GM-101', title: '¿Cómo planificar? ¡Gestión municipal 1.º!', area: 'Gestión pública', modality: 'virtual' },
  cohort: { label: '2026 · V1 · A', startsOn: '2026-03-02', endsOn: '2026-04-30' },
  hours: 40,
  finalScore: 87.5,
  attendanceRate: 95,
  competencies: [
    { code: 'A01.1', name: 'Planificación territorial', level: 2 },
    { code: 'A01.2', name: 'Control social', level: 3 },
  ],
  signatories: [
    { name: 'Lic. Ana Mamani Choque', position: 'Directora de la EGM' },
    { name: 'Ing. José Álvarez Peña', position: 'Coordinador académico' },
  ],
  issuer: { name: 'Escuela de Gestores Municipales', unit: 'Gobierno Autónomo Municipal de La Paz' },
});

const certificate = (overrides: Partial<PrintableCertificate> = {}): PrintableCertificate => ({
  serial: 'EGM-2026-000123',
  verificationCode: '7KQ2M9XD4HTC',
  kind: 'approval',
  status: 'valid',
  hours: 40,
  snapshot: snapshot(),
  // 27 Nov 2026, 02:00 UTC is still the 26th in La Paz (UTC-4).
  issuedAt: new Date('2026-11-27T02:00:00Z'),
  revokedAt: null,
  revocationReason: null,
  supersededAt: null,
  ...overrides,
});

const render = (overrides: Partial<PrintableCertificate> = {}) => renderCertificatePdf(certificate(overrides), { verifyUrl: VERIFY_URL });

describe('renderCertificatePdf', () => {
  it('draws one A4 landscape page with only embedded TrueType fonts (DejaVu), never the standard 14', async () => {
    const pdf = await render();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const source = pdf.toString('latin1');
    expect(source).toContain('/MediaBox [0 0 841.89 595.28]');
    const facts = readPdf(pdf);
    expect(facts.pages).toBe(1);
    expect(facts.fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of facts.fonts) expect(font).toMatch(/^[A-Z]{6}\+DejaVu(Sans|Serif)/);
    expect(facts.embeddedTrueTypeFonts).toBe(facts.fonts.length);
    expect(source).not.toMatch(/\/Subtype \/Type1/);
  });

  it('writes the certificate as real text, Spanish characters included', async () => {
    const { text, fragments } = readPdf(await render());
    expect(fragments).toEqual(
      expect.arrayContaining([
        'Escuela de Gestores Municipales',
        'GOBIERNO AUTÓNOMO MUNICIPAL DE LA PAZ',
        'CERTIFICADO DE APROBACIÓN',
        'otorgado a',
        'María Ñusta Quispe Güemes',
        'EGM-2026-000123',
        '7KQ2-M9XD-4HTC',
        VERIFY_URL,
        'Lic. Ana Mamani Choque',
        'Ing. José Álvarez Peña',
        'Directora de la EGM',
      ]),
    );
    const flat = text.replace(/\s*\n\s*|\s{2,}/g, ' ');
    expect(flat).toContain('C.I. 4876206-1B LP · El Alto');
    expect(flat).toContain('«¿Cómo planificar? ¡Gestión municipal 1.º!» (GM-101)');
    expect(flat).toContain('cohorte 2026 · V1 · A, desarrollado del 2 de marzo al 30 de abril de 2026');
    expect(flat).toContain('con una carga horaria de 40 horas y una calificación final de 87,5 sobre 100');
    expect(flat).toContain('Planificación territorial (intermedio) · Control social (avanzado)');
    // The date is the La Paz one.
    expect(flat).toContain('La Paz, 26 de noviembre de 2026');
    expect(flat).not.toMatch(/REVOCADO|REEMPLAZADO/);
  });

  it('titles each kind and gives the score only on approval certificates', async () => {
    const participation = readPdf(await render({ kind: 'participation' })).text;
    expect(participation).toContain('CERTIFICADO DE PARTICIPACIÓN');
    expect(participation).toContain('por su participación en el curso');
    expect(participation).not.toContain('calificación final');

    const internship = readPdf(
      await render({
        kind: 'internship',
        snapshot: {
          ...snapshot(),
          course: null,
          cohort: null,
          hours: 320,
          internship: { call: 'Pasantías 2026', hostUnit: 'la Secretaría de Planificación', startsOn: '2026-02-02', endsOn: '2026-05-29' },
        },
      }),
    ).text.replace(/\s*\n\s*/g, ' ');
    expect(internship).toContain('CERTIFICADO DE PASANTÍA');
    expect(internship).toContain('la pasantía «Pasantías 2026» en la Secretaría de Planificación, del 2 de febrero al 29 de mayo de 2026');
    expect(internship).toContain('320 horas');
  });

  it('marks a revoked certificate REVOCADO with date and reason, and a superseded one REEMPLAZADO', async () => {
    const revoked = readPdf(
      await render({ status: 'revoked', revokedAt: new Date('2026-12-03T15:00:00Z'), revocationReason: 'Emitido por error' }),
    );
    expect(revoked.fragments).toContain('REVOCADO');
    expect(revoked.text.replace(/\s*\n\s*/g, ' ')).toContain('Certificado REVOCADO el 3 de diciembre de 2026. Motivo: Emitido por error. Sin validez.');

    const superseded = readPdf(await render({ status: 'superseded', supersededAt: new Date('2026-12-05T15:00:00Z') }));
    expect(superseded.fragments).toContain('REEMPLAZADO');
    expect(superseded.text).toContain('Certificado REEMPLAZADO el 5 de diciembre de 2026');
  });

  it('links the QR code and the printed address to the verification page', async () => {
    const source = (await render()).toString('latin1');
    expect(source.match(new RegExp(`/URI \\(${VERIFY_URL.replace(/[.]/g, '\\.')}\\)`, 'g'))).toHaveLength(2);
  });

  it('fills the metadata (Title, Author, Subject) in Spanish', async () => {
    const { info } = readPdf(await render());
    expect(info.Title).toBe('Certificado de aprobación EGM-2026-000123');
    expect(info.Author).toBe('Escuela de Gestores Municipales — Gobierno Autónomo Municipal de La Paz');
    expect(info.Subject).toBe('Certificado de aprobación de María Ñusta Quispe Güemes: ¿Cómo planificar? ¡Gestión municipal 1.º!');
  });

  it('renders the same certificate to the same bytes', async () => {
    expect((await render()).equals(await render())).toBe(true);
    expect((await render()).equals(await render({ serial: 'EGM-2026-000124' }))).toBe(false);
  });

  it('shrinks a very long name to one line instead of overflowing', async () => {
    const long = 'Juan de Dios Fernández de Córdova Villavicencio Ugarte y Santa Cruz de la Sierra';
    const { fragments } = readPdf(await render({ snapshot: { ...snapshot(), holder: { ...snapshot().holder, fullName: long } } }));
    expect(fragments).toContain(long);
  });
});

describe('certificate file helpers', () => {
  it('writes dates in Spanish', () => {
    expect(spanishLongDate('2026-11-27')).toBe('27 de noviembre de 2026');
    expect(spanishDateRange('2026-03-02', '2026-04-30')).toBe('del 2 de marzo al 30 de abril de 2026');
    expect(spanishDateRange('2025-12-15', '2026-01-30')).toBe('del 15 de diciembre de 2025 al 30 de enero de 2026');
    expect(spanishDateRange('2026-05-04', '2026-05-04')).toBe('el 4 de mayo de 2026');
  });

  it('names the file by its serial and points the QR code at /verificar/<code>', () => {
    expect(certificatePdfName('EGM-2026-000123')).toBe('EGM-2026-000123.pdf');
    expect(certificateVerifyUrl('https://campus.example/', '7KQ2M9XD4HTC')).toBe('https://campus.example/verificar/7KQ2M9XD4HTC');
  });
});
