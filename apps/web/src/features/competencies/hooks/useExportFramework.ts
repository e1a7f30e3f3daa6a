import { useMutation } from '@tanstack/react-query';
import { competenciesApi } from '../api/competenciesApi';
import type { FrameworkFormat } from '../api/types';

/** Fetches the framework file on demand (the download needs the session's token). */
export const useExportFramework = () =>
  useMutation({ mutationFn: (format: FrameworkFormat) => competenciesApi.exportFile(format) });
