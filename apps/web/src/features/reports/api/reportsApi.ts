import { api, call } from '../../../app/http';
import type {
  DashboardReport,
  DetailExportStart,
  DetailFormat,
  ReportOptions,
  ReportQuery,
  SummaryFormat,
} from './types';


export const reportKeys = {
  all: ['reports'] as const,
  options: ['reports', 'options'] as const,
  dashboard: (query: ReportQuery) => ['reports', 'dashboard', query] as const,
};

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}
/**
 * The client for paths handed over by the API at run time (the download address of an export):
 * the typed client knows only the paths of the OpenAPI document.
 */
const byPath = api as unknown as {
  GET: (
    path: string,
    init: { params: { query: object }; parseAs: 'blob' },
  ) => Promise<Answer<Blob>>;
};

/** A path the API handed over (`/api/reports/enrolments.csv?from=…`), split into path and query. */
const splitPath = (path: string) => {
  const url = new URL(path, window.location.origin);
  return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
};

const summaryFile = {
  csv: (query: ReportQuery) =>
    api.GET('/api/reports/dashboard.csv', { params: { query }, parseAs: 'blob' }),
  xlsx: (query: ReportQuery) =>
    api.GET('/api/reports/dashboard.xlsx', { params: { query }, parseAs: 'blob' }),
  pdf: (query: ReportQuery) =>
    api.GET('/api/reports/dashboard.pdf', { params: { query }, parseAs: 'blob' }),
} satisfies Record<SummaryFormat, unknown>;

export const reportsApi = {
  options: () => call<ReportOptions>(() => api.GET('/api/reports/options')),
  /** The DTO types the scope loosely; its shape is the domain's `DashboardReport`. */
  dashboard: (query: ReportQuery) =>
    call(() => api.GET('/api/reports/dashboard', { params: { query } })).then(
      (report) => report as DashboardReport,
    ),
  /** The dashboard as a file (the download needs the session's token, hence not a plain link). */
  summary: (format: SummaryFormat, query: ReportQuery) =>
    call<Blob>(() => summaryFile[format](query) as Promise<Answer<Blob>>),
  /** Starts the enrolment detail export: a direct download when small, a background job when large. */
  startDetail: (format: DetailFormat, query: ReportQuery) =>
    // The publication option concerns the summary's gender cells, not the detail rows.
    call<DetailExportStart>(() =>
      api.POST('/api/reports/exports', { body: { ...query, format, suppress: false } }),
    ),
  /** A file at a path the API handed over (a direct export or a finished job's file). */
  file: (downloadPath: string) => {
    const { path, query } = splitPath(downloadPath);
    return call<Blob>(() => byPath.GET(path, { params: { query }, parseAs: 'blob' }));
  },
};
