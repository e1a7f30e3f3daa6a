/**
 * Certificates (DESIGN.md): kinds, states, the gapless serial `EGM-<year>-<000123>`, the
 * verification code people type from paper, and the immutable snapshot of what was certified.
 * Shared by the API (which issues and verifies) and the SPA (which shows and checks input early).
 */

import type { CourseCertificateKind, EnrolmentStatus } from './catalogue';
import { maskNationalId } from './people';
import type { Role } from './roles';

export { CERTIFICATE_KINDS } from './catalogue';
export type { CertificateKind } from './catalogue';

/** valid → revoked (with a reason) | superseded (reissued after a correction, points to the new one). */
export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'superseded'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const SERIAL_PATTERN = /^EGM-(\d{4})-(\d{6})$/;

/** `EGM-2026-000123`: the n-th certificate of the year, gapless within it. */
export const formatSerial = (year: number, number: number): string => {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`year ${year}`);
  if (!Number.isInteger(number) || number < 1 || number > 999_999) throw new RangeError(`number ${number}`);
  return `EGM-${year}-${String(number).padStart(6, '0')}`;
};

export const parseSerial = (serial: string): { year: number; number: number } | null => {
  const match = SERIAL_PATTERN.exec(serial);
  return match ? { year: Number(match[1]), number: Number(match[2]) } : null;
};

/**
 * Crockford's base 32: digits and letters without I, L, O and U, so nothing reads as something
 * else. 12 symbols carry 60 random bits, written in three groups: `7KQ2-M9XD-4HTC`.
 */
export const VERIFICATION_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 12;
/** Random bits in a code (the issue asks for at least 50). */
export const VERIFICATION_CODE_BITS = VERIFICATION_CODE_LENGTH * 5;

/** A code from random bytes (at least 8): each symbol takes 5 bits. The caller supplies a CSPRNG's bytes. */
export const verificationCodeFromBytes = (bytes: Uint8Array): string => {
  if (bytes.length * 8 < VERIFICATION_CODE_BITS) throw new RangeError(`need ${Math.ceil(VERIFICATION_CODE_BITS / 8)} random bytes`);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i += 1) {
    code += VERIFICATION_ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return code;
};

/**
 * What a person typed, read the Crockford way: case and separators ignored, O read as 0, I and L
 * as 1. Returns null when it cannot be a code (wrong length or symbols).
 */
export const normaliseVerificationCode = (input: string): string | null => {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== VERIFICATION_CODE_LENGTH) return null;
  for (const symbol of code) if (!VERIFICATION_ALPHABET.includes(symbol)) return null;
  return code;
};

/** `7KQ2M9XD4HTC` → `7KQ2-M9XD-4HTC`, as printed and shown. */
export const formatVerificationCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;

/** A national ID shown publicly: only the last three digits, with complement and place of issue: `****206-1B LP`. */
export const publicNationalId = (number: string, complement?: string | null, issuedIn?: string | null): string => {
  const masked = maskNationalId(number);
  return [complement ? `${masked}-${complement}` : masked, issuedIn ?? ''].filter(Boolean).join(' ');
};

/** What was certified, frozen at issue: a later change of name, course or grades never alters it. */
export interface CertificateSnapshot {
  holder: {
    fullName: string;
    /** The full ID as printed: `4821206-1B LP`. */
    nationalId: string;
    municipality: string | null;
    /** The ID's parts, to mask it for the public page (`publicNationalId`). */
    nationalIdNumber?: string;
    nationalIdComplement?: string | null;
    nationalIdIssuedIn?: string | null;
  };
  course: { code: string; title: string; area: string | null; modality: string } | null;
  cohort: { label: string; startsOn: string; endsOn: string } | null;
  internship?: { call: string; hostUnit: string; startsOn: string; endsOn: string } | null;
  hours: number;
  finalScore: number | null;
  attendanceRate: number | null;
  competencies: { code: string; name: string; level: number }[];
  signatories: { name: string; position: string }[];
  issuer: { name: string; unit: string };
}

/** Who issues, revokes and reissues certificates (and sees any of them). */
export const CERTIFICATE_MANAGER_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];
/** Who reads a cohort's certificates: its facilitators too, read-only. */
export const COHORT_CERTIFICATE_READER_ROLES = ['admin', 'coordinator', 'facilitator'] as const satisfies readonly Role[];

/** What the eligibility rule needs to know of an enrolment (the completion rule's verdict included). */
export interface CertificateEligibilityFacts {
  /** The course's certificate kind. */
  courseKind: CourseCertificateKind;
  status: EnrolmentStatus;
  /** In-person and blended cohorts count attendance; online ones do not. */
  attendanceRequired: boolean;
  /** Percentage 0–100; null when there were no sessions to attend. */
  attendanceRate: number | null;
  minAttendance: number;
  /** Every required activity done. */
  activitiesMet: boolean;
}

/** Enrolment states that never earn a certificate (never admitted, or left). */
const NEVER_CERTIFIED: readonly EnrolmentStatus[] = ['requested', 'endorsed', 'waitlisted', 'rejected', 'withdrawn'];

/**
 * Which certificate an enrolment has earned, if any (DESIGN.md: approval when passing; for
 * participation courses, meeting attendance):
 * - passed → the course's kind (approval or participation);
 * - a participation course also certifies whoever is admitted and has met it without passing
 *   (e.g. the score fell short): attendance at or above the course's minimum, counted over
 *   every session of the cohort (so it is reached only once enough sessions were attended); an
 *   online cohort has no attendance, so there it means every required activity done;
 * - otherwise nothing (and never for withdrawn or never-admitted enrolments).
 */
export const earnedCertificateKind = (facts: CertificateEligibilityFacts): CourseCertificateKind | null => {
  if (facts.status === 'passed') return facts.courseKind;
  if (facts.courseKind !== 'participation' || NEVER_CERTIFIED.includes(facts.status)) return null;
  if (facts.attendanceRequired) {
    return facts.attendanceRate !== null && facts.attendanceRate >= facts.minAttendance ? 'participation' : null;
  }
  return facts.activitiesMet ? 'participation' : null;
};
