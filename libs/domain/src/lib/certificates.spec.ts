import {
  earnedCertificateKind,
  formatSerial,
  formatVerificationCode,
  normaliseVerificationCode,
  parseSerial,
  publicNationalId,
  VERIFICATION_ALPHABET,
  VERIFICATION_CODE_BITS,
  verificationCodeFromBytes,
} from './certificates';

describe('certificate serials', () => {
  it('numbers certificates per year with six digits', () => {
    expect(formatSerial(2026, 123)).toBe('EGM-2026-000123');
    expect(formatSerial(2027, 1)).toBe('EGM-2027-000001');
    expect(parseSerial('EGM-2026-000123')).toEqual({ year: 2026, number: 123 });
    expect(parseSerial('EGM-26-123')).toBeNull();
  });

  it('refuses numbers that do not fit', () => {
    expect(() => formatSerial(2026, 0)).toThrow(RangeError);
    expect(() => formatSerial(2026, 1_000_000)).toThrow(RangeError);
  });
});

describe('verification codes', () => {
  it('carry at least 50 random bits in symbols that cannot be mistaken for others', () => {
    expect(VERIFICATION_CODE_BITS).toBeGreaterThanOrEqual(50);
    for (const ambiguous of ['I', 'L', 'O', 'U']) expect(VERIFICATION_ALPHABET).not.toContain(ambiguous);
    const code = verificationCodeFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(code).toHaveLength(12);
    expect([...code].every((c) => VERIFICATION_ALPHABET.includes(c))).toBe(true);
  });

  it('differ when any random byte differs', () => {
    const a = verificationCodeFromBytes(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 1]));
    const b = verificationCodeFromBytes(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 2]));
    expect(a).not.toBe(b);
    expect(() => verificationCodeFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });

  it('read what people type: any case, dashes and spaces, O for 0 and I or L for 1', () => {
    expect(normaliseVerificationCode('7kq2-m9xd-4htc')).toBe('7KQ2M9XD4HTC');
    expect(normaliseVerificationCode(' 7KQ2 M9XD 4HTC ')).toBe('7KQ2M9XD4HTC');
    expect(normaliseVerificationCode('O0IL-M9XD-4HTC')).toBe('0011M9XD4HTC');
    expect(normaliseVerificationCode('7KQ2-M9XD-4HT')).toBeNull();
    expect(normaliseVerificationCode('7KQ2-M9XD-4HTU')).toBeNull();
    expect(formatVerificationCode('7KQ2M9XD4HTC')).toBe('7KQ2-M9XD-4HTC');
  });
});

describe('public national ID', () => {
  it('shows only the last three digits, with complement and place of issue', () => {
    expect(publicNationalId('4205206', null, 'LP')).toBe('****206 LP');
    expect(publicNationalId('4205206', '1B', 'LP')).toBe('****206-1B LP');
  });
});

describe('earned certificate kind', () => {
  const facts = {
    courseKind: 'approval' as const,
    status: 'in_progress' as const,
    attendanceRequired: true,
    attendanceRate: 90,
    minAttendance: 80,
    activitiesMet: true,
  };

  it('certifies whoever passed with the course\'s kind', () => {
    expect(earnedCertificateKind({ ...facts, status: 'passed' })).toBe('approval');
    expect(earnedCertificateKind({ ...facts, status: 'passed', courseKind: 'participation' })).toBe('participation');
  });

  it('gives an approval course\'s certificate only on passing', () => {
    expect(earnedCertificateKind(facts)).toBeNull();
    expect(earnedCertificateKind({ ...facts, status: 'failed' })).toBeNull();
  });

  it('certifies participation as soon as attendance reaches the minimum, even without passing', () => {
    const participation = { ...facts, courseKind: 'participation' as const };
    expect(earnedCertificateKind(participation)).toBe('participation');
    expect(earnedCertificateKind({ ...participation, status: 'failed' })).toBe('participation');
    expect(earnedCertificateKind({ ...participation, attendanceRate: 80 })).toBe('participation');
    expect(earnedCertificateKind({ ...participation, attendanceRate: 79.9 })).toBeNull();
    expect(earnedCertificateKind({ ...participation, attendanceRate: null })).toBeNull();
  });

  it('reads participation in online cohorts as every required activity done', () => {
    const online = { ...facts, courseKind: 'participation' as const, attendanceRequired: false, attendanceRate: null };
    expect(earnedCertificateKind(online)).toBe('participation');
    expect(earnedCertificateKind({ ...online, activitiesMet: false })).toBeNull();
  });

  it('never certifies withdrawn or never-admitted enrolments', () => {
    for (const status of ['requested', 'endorsed', 'waitlisted', 'rejected', 'withdrawn'] as const) {
      expect(earnedCertificateKind({ ...facts, courseKind: 'participation', status })).toBeNull();
    }
  });
});
