import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../shared/download';
import { reportsApi } from '../api/reportsApi';
import type { DetailExportStart, DetailFormat, ReportQuery } from '../api/types';
import { exportFileName } from '../reportParams';

/**
 * Starts the enrolment detail export. A small one comes back as a download path and is saved at
 * once; a large one comes back as a background job, whose progress the caller follows.
 */
export const useDetailExport = () =>
  useMutation({
    mutationFn: async ({
      format,
      query,
    }: {
      format: DetailFormat;
      query: ReportQuery;
    }): Promise<DetailExportStart> => {
      const started = await reportsApi.startDetail(format, query);
      if (started.downloadPath) {
        saveFile(
          await reportsApi.file(started.downloadPath),
          exportFileName('inscripciones', query, format),
        );
      }
      return started;
    },
  });

/** Fetches a finished job's file and hands it to the browser. */
export const useDownloadExportFile = () =>
  useMutation({
    mutationFn: async ({ path, fileName }: { path: string; fileName: string }) => {
      saveFile(await reportsApi.file(path), fileName);
    },
  });
