import type { Gender, Modality } from '@campus/domain';

/** Spanish words for the codes people read in exports and reports (es-BO); the SPA has its own in i18n. */
export const GENDER_LABELS: Record<Gender, string> = {
  female: 'Femenino',
  male: 'Masculino',
  other: 'Otro',
  undisclosed: 'Prefiere no decir',
};

export const MODALITY_LABELS: Record<Modality, string> = {
  in_person: 'Presencial',
  online: 'Virtual',
  blended: 'Semipresencial',
};
