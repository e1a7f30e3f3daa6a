import { useQuery } from '@tanstack/react-query';
import { catalogueApi, catalogueKeys } from '../api/catalogueApi';
import type { FrameworkItemDto } from '../api/types';

export interface FrameworkArea {
  id: string;
  code: string;
  name: string;
  subAreas: { id: string; code: string; name: string }[];
}

/** Areas in force, each with its sub-areas in force, in the framework's order. */
export const toAreas = (items: FrameworkItemDto[]): FrameworkArea[] => {
  const current = items.filter((item) => !item.retiredAt);
  return current
    .filter((item) => item.kind === 'area')
    .map((area) => ({
      id: area.id,
      code: area.code,
      name: area.name,
      subAreas: current
        .filter((item) => item.kind === 'sub_area' && item.parentId === area.id)
        .map(({ id, code, name }) => ({ id, code, name })),
    }));
};

/** The framework's areas and sub-areas for the catalogue filters (they rarely change). */
export const useFrameworkAreas = () =>
  useQuery({
    queryKey: catalogueKeys.framework,
    queryFn: catalogueApi.framework,
    select: toAreas,
    staleTime: 30 * 60_000,
  });
