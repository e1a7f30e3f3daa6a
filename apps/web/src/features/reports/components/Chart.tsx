import { useEffect, useRef, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n';

export interface ChartSeries {
  label: string;
  data: (number | null)[];
  color: string;
}

interface ChartProps {
  kind: 'bar' | 'line';
  /** What the chart shows, for screen readers (the table after it has the data). */
  label: string;
  labels: string[];
  series: ChartSeries[];
  /** Horizontal bars (long category names read better). */
  horizontal?: boolean;
  /** Height in pixels (bars: grows with the number of categories). */
  height: number;
}

/** Series colours (contrast ≥ 3:1 on white): brand blue, orange, green. */
export const CHART_COLORS = ['#0b4f6c', '#c2410c', '#3f6212'] as const;

/** A category name on at most two lines of about `width` characters, cut with "…" past that. */
const wrapLabel = (text: string, width: number): string | string[] => {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  const shown = lines.slice(0, 2).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (lines.length > 2) shown[1] = `${shown[1].slice(0, width - 1).replace(/[\s,;]+$/, '')}…`;
  return shown;
};

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A Chart.js chart on a canvas that is an image (role="img") named by `label`; the library is
 * fetched with the first chart, after the page itself. The accessible data is the table that
 * always follows the chart.
 */
export const Chart = ({ kind, label, labels, series, horizontal = false, height }: ChartProps) => {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const data = JSON.stringify({ kind, labels, series, horizontal });

  useEffect(() => {
    let chart: { destroy: () => void } | null = null;
    let cancelled = false;
    const { kind, labels, series, horizontal } = JSON.parse(data) as Omit<
      ChartProps,
      'label' | 'height'
    >;
    const locale = intlLocale();
    const config: ChartConfiguration<'bar' | 'line'> = {
      type: kind,
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.data,
          backgroundColor: s.color,
          borderColor: s.color,
          borderWidth: kind === 'line' ? 2 : 0,
          pointRadius: kind === 'line' ? 3 : undefined,
          maxBarThickness: 28,
        })),
      },
      options: {
        locale,
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion() ? false : { duration: 250 },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } } },
        scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
          [horizontal ? 'y' : 'x']: {
            ticks: {
              autoSkip: !horizontal,
              // Long names (areas) wrap on two lines, cut after that; the tooltip and the table have them whole.
              callback(value) {
                const text = this.getLabelForValue(Number(value));
                return horizontal ? wrapLabel(text, this.chart.width < 480 ? 16 : 26) : text;
              },
            },
          },
        },
      },
    };
    import('./chartjs')
      .then(({ Chart: ChartJs }) => {
        if (cancelled || !canvas.current) return;
        chart = new ChartJs(canvas.current, config);
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [data]);

  return (
    <div
      className="report-chart"
      style={{ height: state === 'failed' ? undefined : `${height}px` }}
    >
      {state === 'failed' ? (
        <p className="muted">{t('reports.charts.unavailable')}</p>
      ) : (
        <>
          {state === 'loading' ? (
            <p className="report-chart-loading muted">{t('reports.charts.loading')}</p>
          ) : null}
          <canvas ref={canvas} role="img" aria-label={label}>
            {label}
          </canvas>
        </>
      )}
    </div>
  );
};
