import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../shared/download';
import { reportsApi } from '../api/reportsApi';
import type { ReportQuery, SummaryFormat } from '../api/types';
import { exportFileName } from '../reportParams';

/** Fetches the dashboard as CSV, Excel or PDF for the current filters and hands it to the browser. */
export const useSummaryExport = () =>
  useMutation({
    mutationFn: async ({ format, query }: { format: SummaryFormat; query: ReportQuery }) => {
      const blob = await reportsApi.summary(format, query);
      saveFile(blob, exportFileName('resumen', query, format));
      return format;
    },
  });
