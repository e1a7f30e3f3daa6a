import {
  CATALOGUE_PAGE_SIZE,
  isCalendarDate,
  MODALITIES,
  SDG_FILTER_PATTERN,
} from '@campus/domain';
import type { Modality } from '@campus/domain';
import type { CatalogueFilters } from './api/catalogueApi';

/** What the catalogue form shows, as strings (empty: no filter); `open` is the checkbox. */
export interface CatalogueFilterValues {
  search: string;
  areaId: string;
  subAreaId: string;
  modality: string;
  from: string;
  to: string;
  sdg: string;
  open: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isModality = (value: string): value is Modality =>
  (MODALITIES as readonly string[]).includes(value);

/**
 * The address keeps the search (Spanish names, shareable, the back button works):
 * ?buscar=&area=&subarea=&modalidad=&desde=&hasta=&ods=&abiertas=no&pagina=
 */
export const readFilterValues = (
  params: URLSearchParams,
): { values: CatalogueFilterValues; page: number } => ({
  values: {
    search: params.get('buscar') ?? '',
    areaId: params.get('area') ?? '',
    subAreaId: params.get('subarea') ?? '',
    modality: params.get('modalidad') ?? '',
    from: params.get('desde') ?? '',
    to: params.get('hasta') ?? '',
    sdg: params.get('ods') ?? '',
    open: params.get('abiertas') !== 'no',
  },
  page: Math.max(1, Number(params.get('pagina')) || 1),
});

export const writeFilterValues = (values: CatalogueFilterValues, page = 1): URLSearchParams => {
  const entries: [string, string][] = [
    ['buscar', values.search],
    ['area', values.areaId],
    ['subarea', values.subAreaId],
    ['modalidad', values.modality],
    ['desde', values.from],
    ['hasta', values.to],
    ['ods', values.sdg],
    ['abiertas', values.open ? '' : 'no'],
    ['pagina', page > 1 ? String(page) : ''],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
};

/** The API query: values that cannot be right (a hand-edited address) are left out rather than refused. */
export const toCatalogueFilters = (
  values: CatalogueFilterValues,
  page: number,
): CatalogueFilters => ({
  q: values.search.trim() || undefined,
  areaId: UUID.test(values.areaId) ? values.areaId : undefined,
  subAreaId: UUID.test(values.subAreaId) ? values.subAreaId : undefined,
  modality: isModality(values.modality) ? values.modality : undefined,
  from: isCalendarDate(values.from) ? values.from : undefined,
  to: isCalendarDate(values.to) ? values.to : undefined,
  sdg: SDG_FILTER_PATTERN.test(values.sdg) ? values.sdg : undefined,
  open: values.open,
  page,
  pageSize: CATALOGUE_PAGE_SIZE,
});

export const EMPTY_FILTERS: CatalogueFilterValues = {
  search: '',
  areaId: '',
  subAreaId: '',
  modality: '',
  from: '',
  to: '',
  sdg: '',
  open: true,
};
