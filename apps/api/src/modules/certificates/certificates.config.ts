import { registerAs } from '@nestjs/config';
import type { ConfigType } from '@nestjs/config';
import { validateEnvironment } from '../../config/environment';

export interface Signatory {
  name: string;
  position: string;
}

/** Who signs when CERTIFICATE_SIGNATORIES is not set. */
export const DEFAULT_SIGNATORIES: Signatory[] = [
  { name: 'Dirección de la Escuela de Gestores Municipales', position: 'Director/a de la EGM' },
  { name: 'Coordinación Académica', position: 'Coordinador/a académico/a de la EGM' },
];

/** The issuer printed on every certificate. */
export const CERTIFICATE_ISSUER = { name: 'Escuela de Gestores Municipales', unit: 'Gobierno Autónomo Municipal de La Paz' };
/** The issuer as one line: "Escuela de Gestores Municipales — GAMLP". */
export const CERTIFICATE_ISSUER_LINE = 'Escuela de Gestores Municipales — GAMLP';

/** `Nombre|Cargo;Nombre|Cargo` (already validated by the environment) → signatories. */
export const parseSignatories = (value: string | undefined): Signatory[] => {
  if (!value?.trim()) return DEFAULT_SIGNATORIES;
  return value
    .split(';')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const [name, position] = part.split('|');
      return { name: name.trim(), position: position.trim() };
    });
};

export const certificatesConfig = registerAs('certificates', () => ({
  signatories: parseSignatories(validateEnvironment(process.env).CERTIFICATE_SIGNATORIES),
  issuer: CERTIFICATE_ISSUER,
}));

export type CertificatesConfig = ConfigType<typeof certificatesConfig>;
