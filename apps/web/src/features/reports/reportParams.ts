import type { Department, Gender, Modality } from '@campus/domain';
import type { ReportQuery } from './api/types';

/** The filters as the form and the address hold them ('' for none; `suppress` is '1' or ''). */
export interface ReportFilterValues {
  from: string;
  to: string;
  department: string;
  municipalityId: string;
  areaId: string;
  modality: string;
  courseId: string;
  gender: string;
  sdgTarget: string;
  suppress: string;
}

export const EMPTY_REPORT_FILTERS: ReportFilterValues = {
  from: '',
  to: '',
  department: '',
  municipalityId: '',
  areaId: '',
  modality: '',
  courseId: '',
  gender: '',
  sdgTarget: '',
  suppress: '',
};

/** The filters' names in the address (Spanish, shareable): ?desde=&hasta=&departamento=&municipio=&area=&modalidad=&curso=&genero=&ods=&publicar=1. */
export const REPORT_PARAMS: Record<keyof ReportFilterValues, string> = {
  from: 'desde',
  to: 'hasta',
  department: 'departamento',
  municipalityId: 'municipio',
  areaId: 'area',
  modality: 'modalidad',
  courseId: 'curso',
  gender: 'genero',
  sdgTarget: 'ods',
  suppress: 'publicar',
};

/** The API's field names by the form's (the same: the API answers 400 naming these fields). */
export const REPORT_FIELDS = Object.keys(EMPTY_REPORT_FILTERS) as (keyof ReportFilterValues)[];

export const valuesFromParams = (params: URLSearchParams): ReportFilterValues =>
  Object.fromEntries(
    REPORT_FIELDS.map((field) => [field, (params.get(REPORT_PARAMS[field]) ?? '').trim()]),
  ) as unknown as ReportFilterValues;

export const paramsFromValues = (values: ReportFilterValues): URLSearchParams =>
  new URLSearchParams(
    REPORT_FIELDS.filter((field) => values[field] !== '').map((field) => [
      REPORT_PARAMS[field],
      values[field],
    ]),
  );

/**
 * The query of the report endpoints: the period defaults to `defaultPeriod`, blank filters are
 * left out, and a liaison never sends a department or municipality (`geography` false: the API
 * restricts them to their own municipality).
 */
export const queryOf = (
  values: ReportFilterValues,
  defaultPeriod: { from: string; to: string },
  { geography }: { geography: boolean },
): ReportQuery => {
  const query: ReportQuery = {
    from: values.from || defaultPeriod.from,
    to: values.to || defaultPeriod.to,
  };
  if (values.department && geography) query.department = values.department as Department;
  if (values.municipalityId && geography) query.municipalityId = values.municipalityId;
  if (values.areaId) query.areaId = values.areaId;
  if (values.modality) query.modality = values.modality as Modality;
  if (values.courseId) query.courseId = values.courseId;
  if (values.gender) query.gender = values.gender as Gender;
  if (values.sdgTarget) query.sdgTarget = values.sdgTarget;
  if (values.suppress) query.suppress = true;
  return query;
};

/** `informe-formacion_2025-01-01_2025-12-31.csv`: the file name of an export of this query. */
export const exportFileName = (
  kind: 'resumen' | 'inscripciones',
  query: ReportQuery,
  extension: string,
) =>
  `${kind === 'resumen' ? 'informe-formacion' : 'detalle-inscripciones'}_${query.from}_${query.to}.${extension}`;
