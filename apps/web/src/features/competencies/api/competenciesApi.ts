import { api, call } from '../../../app/http';
import type {
  CompetencyImportResultDto, CompetencyItemDto, CreateCompetencyRequest, FrameworkFormat, UpdateCompetencyRequest,
} from './types';

export const competencyKeys = {
  all: ['competencies'] as const,
  list: (includeRetired: boolean) => ['competencies', 'list', { includeRetired }] as const,
};

/** The names the API gives the files (Content-Disposition), used when saving them. */
export const FRAMEWORK_FILE_NAMES: Record<FrameworkFormat, string> = {
  csv: 'marco-competencias.csv',
  case: 'marco-competencias.case.json',
};

const byId = (id: string) => ({ params: { path: { id } } });

/** The competency framework: one request brings all of it (about 150 items), in tree order. */
export const competenciesApi = {
  list: (includeRetired: boolean) =>
    call<CompetencyItemDto[]>(() => api.GET('/api/competencies', { params: { query: { includeRetired } } })),
  create: (body: CreateCompetencyRequest) => call<CompetencyItemDto>(() => api.POST('/api/competencies', { body })),
  update: (id: string, body: UpdateCompetencyRequest) =>
    call<CompetencyItemDto>(() => api.PATCH('/api/competencies/{id}', { ...byId(id), body })),
  retire: (id: string) => call<CompetencyItemDto>(() => api.POST('/api/competencies/{id}/retire', byId(id))),
  restore: (id: string) => call<CompetencyItemDto>(() => api.POST('/api/competencies/{id}/restore', byId(id))),
  /** The whole framework as a file to save (CSV with BOM, or the CASE package). */
  exportFile: (format: FrameworkFormat) =>
    call<Blob>(() =>
      format === 'csv'
        ? api.GET('/api/competencies/export.csv', { parseAs: 'blob' })
        : api.GET('/api/competencies/export.case.json', { parseAs: 'blob' }),
    ),
  importFile: (file: File, format: FrameworkFormat, dryRun: boolean) =>
    call<CompetencyImportResultDto>(() => {
      // A fresh FormData per attempt; openapi-fetch sends FormData as multipart untouched.
      const body = new FormData();
      body.append('file', file);
      return api.POST('/api/competencies/import', {
        params: { query: { format, dryRun } },
        body: body as unknown as { file: string },
      });
    }),
};
