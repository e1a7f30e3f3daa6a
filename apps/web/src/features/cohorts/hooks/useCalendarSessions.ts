import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { cohortKeys, cohortsApi } from '../api/cohortsApi';
import type { CalendarRange } from '../api/cohortsApi';

export const useCalendarSessions = (range: CalendarRange) =>
  useQuery({ queryKey: cohortKeys.calendar(range), queryFn: () => cohortsApi.calendar(range), placeholderData: keepPreviousData });
