import type { Modality } from '@campus/domain';
import { api, call } from '../../../app/http';
import type { CatalogueCourseDetailDto, CataloguePageDto, FrameworkItemDto } from './types';

/** What the catalogue search sends; empty filters are left out. */
export interface CatalogueFilters {
  q?: string;
  areaId?: string;
  subAreaId?: string;
  modality?: Modality;
  from?: string;
  to?: string;
  sdg?: string;
  open: boolean;
  page: number;
  pageSize: number;
}

export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (filters: CatalogueFilters) => ['catalogue', 'search', filters] as const,
  course: (id: string) => ['catalogue', 'course', id] as const,
  framework: ['catalogue', 'framework'] as const,
};

export const catalogueApi = {
  search: (query: CatalogueFilters) =>
    call<CataloguePageDto>(() => api.GET('/api/catalogue/courses', { params: { query } })),
  get: (id: string) =>
    call<CatalogueCourseDetailDto>(() =>
      api.GET('/api/catalogue/courses/{id}', { params: { path: { id } } }),
    ),
  /** Areas and sub-areas in force, for the filters (the competencies themselves are not needed). */
  framework: () => call<FrameworkItemDto[]>(() => api.GET('/api/competencies', {})),
};
