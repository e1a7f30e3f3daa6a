import type { TFunction } from 'i18next';
import { PEOPLE_COUNT_FIGURES } from '@campus/domain';
import type { ReportFigure } from '@campus/domain';
import { formatNumber } from '../../shared/format';
import { intlLocale } from '../../i18n';

const percent = () =>
  new Intl.NumberFormat(intlLocale(), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });

/** A rate 0..1 as a percentage in the interface's locale ("72,5 %" in es-BO). */
export const formatRate = (value: number): string => percent().format(value);

/** Figures of internships (not courses): not applicable under a course filter. */
export const INTERNSHIP_FIGURES: readonly ReportFigure[] = [
  'internshipsCompleted',
  'proposalsProduced',
  'proposalsImplemented',
];

const isPeopleCount = (figure: ReportFigure) =>
  (PEOPLE_COUNT_FIGURES as readonly string[]).includes(figure);

/**
 * One figure of a report as a cell shows it: the number; `<5` for a people count hidden for
 * publication; `—` for a rate or hours hidden with it; "No aplica" for internship figures under a
 * course filter.
 */
export const formatFigure = (
  t: TFunction,
  figure: ReportFigure,
  value: number | null,
  { suppressed = false, internships = true }: { suppressed?: boolean; internships?: boolean } = {},
): string => {
  if (value === null) {
    const notApplicable = INTERNSHIP_FIGURES.includes(figure) && !internships;
    if (suppressed && !notApplicable) return isPeopleCount(figure) ? '<5' : '—';
    return t('reports.headline.notApplicable');
  }
  return figure === 'completionRate' ? formatRate(value) : formatNumber(value);
};

/** "ene 2025" for `2025-01`, in the interface's locale. */
export const formatMonth = (month: string): string =>
  new Intl.DateTimeFormat(intlLocale(), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
