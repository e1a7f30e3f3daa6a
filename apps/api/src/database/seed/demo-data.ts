import type { Department, Gender, MunicipalityKind, Role } from '@campus/domain';

/** Demo password of every demo account (never loaded in production). */
export const DEMO_PASSWORD = 'Campus-Demo-2026';

export interface SeedMunicipality {
  code: string;
  name: string;
  department: Department | null;
  kind: MunicipalityKind;
  country: string;
  isPartner: boolean;
  agreement?: { signedOn: string; validFrom: string; validUntil: string | null };
}

const bo = (code: string, name: string, department: Department, kind: MunicipalityKind, agreementYear?: number): SeedMunicipality => ({
  code, name, department, kind, country: 'BO', isPartner: agreementYear !== undefined,
  agreement: agreementYear === undefined ? undefined : {
    signedOn: `${agreementYear}-03-15`, validFrom: `${agreementYear}-04-01`, validUntil: `${agreementYear + 4}-03-31`,
  },
});

const abroad = (code: string, name: string, country: string): SeedMunicipality => ({
  code, name, department: null, kind: 'urban', country, isPartner: true,
  agreement: { signedOn: '2023-10-10', validFrom: '2023-11-01', validUntil: null },
});

/** GAMLP, the capitals of the nine departments, partner municipalities and foreign partner cities. */
export const DEMO_MUNICIPALITIES: SeedMunicipality[] = [
  bo('020101', 'La Paz (GAMLP)', 'LP', 'urban'),
  bo('020105', 'El Alto', 'LP', 'urban', 2023),
  bo('020104', 'Achocalla', 'LP', 'rural', 2024),
  bo('020103', 'Palca', 'LP', 'rural', 2024),
  bo('020102', 'Mecapaca', 'LP', 'rural', 2022),
  bo('020801', 'Viacha', 'LP', 'urban', 2023),
  bo('021101', 'Coroico', 'LP', 'rural', 2025),
  bo('020201', 'Achacachi', 'LP', 'rural', 2021),
  bo('021401', 'Copacabana', 'LP', 'rural', 2025),
  bo('020601', 'Sica Sica', 'LP', 'rural'),
  bo('021501', 'Charazani', 'LP', 'indigenous_autonomy', 2024),
  bo('030101', 'Cochabamba', 'CB', 'urban', 2023),
  bo('030901', 'Quillacollo', 'CB', 'urban', 2024),
  bo('070101', 'Santa Cruz de la Sierra', 'SC', 'urban', 2022),
  bo('040101', 'Oruro', 'OR', 'urban', 2024),
  bo('050101', 'Potosí', 'PT', 'urban', 2023),
  bo('010101', 'Sucre', 'CH', 'urban', 2023),
  bo('060101', 'Tarija', 'TJ', 'urban', 2024),
  bo('080101', 'Trinidad', 'BE', 'urban', 2025),
  bo('090101', 'Cobija', 'PD', 'urban', 2025),
  bo('070201', 'Charagua Iyambae', 'SC', 'indigenous_autonomy', 2024),
  abroad('ES-MAD', 'Madrid', 'ES'),
  abroad('CO-BOG', 'Bogotá', 'CO'),
  abroad('AR-BUE', 'Buenos Aires', 'AR'),
  abroad('CO-MDE', 'Medellín', 'CO'),
];

export interface SeedUser {
  email: string;
  firstNames: string;
  lastNames: string;
  nationalIdNumber: string;
  issuedIn: Department;
  gender: Gender;
  municipalityCode: string;
  orgUnit: string;
  position: string;
  roles: Role[];
}

/** One demo account per role; the liaison and the participant belong to the partner municipality El Alto. */
export const DEMO_ACCOUNTS: SeedUser[] = [
  { email: 'admin@demo.egm.bo', firstNames: 'Rodrigo', lastNames: 'Mamani Apaza', nationalIdNumber: '3100001', issuedIn: 'LP', gender: 'male', municipalityCode: '020101', orgUnit: 'Escuela de Gestores Municipales', position: 'Administrador de sistemas', roles: ['admin'] },
  { email: 'coordinador@demo.egm.bo', firstNames: 'Verónica', lastNames: 'Choque Limachi', nationalIdNumber: '3100002', issuedIn: 'LP', gender: 'female', municipalityCode: '020101', orgUnit: 'Escuela de Gestores Municipales', position: 'Coordinadora académica', roles: ['coordinator'] },
  { email: 'gerencia@demo.egm.bo', firstNames: 'Fernando', lastNames: 'Gutiérrez Rojas', nationalIdNumber: '3100003', issuedIn: 'LP', gender: 'male', municipalityCode: '020101', orgUnit: 'Dirección de la EGM', position: 'Director', roles: ['manager'] },
  { email: 'facilitador@demo.egm.bo', firstNames: 'Lucía', lastNames: 'Quispe Huanca', nationalIdNumber: '3100004', issuedIn: 'LP', gender: 'female', municipalityCode: '020101', orgUnit: 'Escuela de Gestores Municipales', position: 'Facilitadora', roles: ['facilitator'] },
  { email: 'tutor@demo.egm.bo', firstNames: 'Marco Antonio', lastNames: 'Flores Ticona', nationalIdNumber: '3100005', issuedIn: 'LP', gender: 'male', municipalityCode: '020101', orgUnit: 'Secretaría Municipal de Finanzas', position: 'Jefe de Unidad', roles: ['tutor'] },
  { email: 'enlace@demo.egm.bo', firstNames: 'Gladys', lastNames: 'Condori Yujra', nationalIdNumber: '3100006', issuedIn: 'LP', gender: 'female', municipalityCode: '020105', orgUnit: 'Dirección de Recursos Humanos', position: 'Responsable de capacitación', roles: ['municipal_liaison', 'participant'] },
  { email: 'participante@demo.egm.bo', firstNames: 'Juan Carlos', lastNames: 'Poma Callisaya', nationalIdNumber: '3100007', issuedIn: 'LP', gender: 'male', municipalityCode: '020105', orgUnit: 'Dirección de Catastro', position: 'Técnico', roles: ['participant'] },
];

const FEMALE = ['María', 'Ana', 'Rosa', 'Carmen', 'Silvia', 'Patricia', 'Elizabeth', 'Miriam', 'Norma', 'Sonia', 'Wendy', 'Jhessica'];
const MALE = ['José', 'Luis', 'Carlos', 'Jorge', 'Mario', 'Víctor', 'Edwin', 'Freddy', 'Wilson', 'René', 'Álvaro', 'Iván'];
const SURNAMES = ['Mamani', 'Quispe', 'Choque', 'Condori', 'Flores', 'Apaza', 'Huanca', 'Limachi', 'Ticona', 'Vargas', 'Rojas', 'Gutiérrez', 'Chambi', 'Laura', 'Yujra', 'Nina'];
const UNITS = ['Dirección de Planificación', 'Unidad de Catastro', 'Dirección de Finanzas', 'Unidad de Medio Ambiente', 'Guardia Municipal', 'Dirección de Desarrollo Humano', 'Unidad de Obras Públicas', 'Dirección de Cultura'];
const POSITIONS = ['Técnico/a', 'Profesional', 'Jefe/a de Unidad', 'Responsable', 'Auxiliar', 'Director/a'];

/** 48 further participants spread over municipalities, half women and half men (deterministic). */
export const demoParticipants = (municipalities: SeedMunicipality[]): SeedUser[] => {
  const bolivian = municipalities.filter((m) => m.country === 'BO');
  return Array.from({ length: 48 }, (_, i) => {
    const female = i % 2 === 0;
    const first = (female ? FEMALE : MALE)[i % 12];
    const last = `${SURNAMES[i % 16]} ${SURNAMES[(i * 7 + 3) % 16]}`;
    const municipality = bolivian[(i * 5) % bolivian.length];
    const slug = `${first}.${SURNAMES[i % 16]}${i + 1}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    return {
      email: `${slug}@demo.egm.bo`,
      firstNames: first,
      lastNames: last,
      nationalIdNumber: String(4200000 + i * 137),
      issuedIn: municipality.department ?? 'LP',
      gender: female ? 'female' : 'male',
      municipalityCode: municipality.code,
      orgUnit: UNITS[i % UNITS.length],
      position: POSITIONS[i % POSITIONS.length],
      roles: ['participant'],
    };
  });
};
