export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

/** The nine departments of Bolivia, by their usual two-letter code (also the cédula "expedido"). */
export const DEPARTMENTS = ['LP', 'CB', 'SC', 'OR', 'PT', 'CH', 'TJ', 'BE', 'PD'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const DEPARTMENT_NAMES: Record<Department, string> = {
  LP: 'La Paz',
  CB: 'Cochabamba',
  SC: 'Santa Cruz',
  OR: 'Oruro',
  PT: 'Potosí',
  CH: 'Chuquisaca',
  TJ: 'Tarija',
  BE: 'Beni',
  PD: 'Pando',
};

export const MUNICIPALITY_KINDS = ['urban', 'rural', 'indigenous_autonomy'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** Password rule shared by the API validation and the SPA form hint. */
export const PASSWORD_MIN_LENGTH = 10;
export const isStrongPassword = (password: string): boolean =>
  password.length >= PASSWORD_MIN_LENGTH && /[A-Za-z]/.test(password) && /\d/.test(password);

/** Cédula de identidad: 4–10 digits, optional complemento of 1–2 alphanumerics. */
export const CEDULA_NUMBER_PATTERN = /^\d{4,10}$/;
export const CEDULA_COMPLEMENT_PATTERN = /^[0-9A-Z]{1,2}$/;

/** Masks a national ID for public display: keeps the last 3 digits. */
export const maskNationalId = (number: string): string =>
  number.length <= 3 ? '***' : '*'.repeat(number.length - 3) + number.slice(-3);

/** Whether an agreement (convenio) is in force on a given date (ISO yyyy-mm-dd, inclusive). */
export const isAgreementInForce = (
  agreement: { validFrom: string; validUntil: string | null },
  onDate: string,
): boolean =>
  agreement.validFrom <= onDate && (agreement.validUntil === null || onDate <= agreement.validUntil);
